package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
	void writesTheModuleDocumentationOfEveryModule() throws IOException {
		Path docs = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, docs.toString()).writeDocumentation();
		String components = Files.readString(docs.resolve("components.puml"));
		modules.forEach(module -> {
			assertThat(components).contains(module.getDisplayName());
			assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		});
	}

}
