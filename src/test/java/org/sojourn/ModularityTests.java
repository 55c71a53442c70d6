package org.sojourn;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature packages keep to the dependencies their package-info allows; the module docs are generated here. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SojournApplication.class);

	@Test
	void modulesOnlyDependOnWhatTheyAllow() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
