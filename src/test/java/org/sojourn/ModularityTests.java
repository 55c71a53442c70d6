package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages keep to the dependencies their package-info allows; the module documentation (diagrams and a
 * canvas per module, under target/) is generated here on every run, so it cannot go stale.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SojournApplication.class);

	@Test
	void modulesOnlyDependOnWhatTheyAllow() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentationOfEveryModule() {
		Path docs = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, docs.toString()).writeDocumentation();
		assertThat(docs.resolve("components.puml")).exists();
		modules.forEach(module -> {
			assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).exists();
			assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		});
	}

}
