package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine runs the process together with its forms and decisions, deployed as one unit. */
@SojournTest
class DeploymentTests {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FormService formService;

	@Autowired
	SessionFixtures fixtures;

	@Test
	void theSessionProcessIsDeployedWithEveryFormAndBothDecisions() throws IOException {
		String deploymentId = latestSessionDefinition().getDeploymentId();
		List<String> deployed = repositoryService.getDeploymentResourceNames(deploymentId)
			.stream()
			.map(DeploymentTests::fileName)
			.toList();

		assertThat(deployed).contains("session.bpmn", "group-administration.bpmn", "screening.dmn", "minimum-duration.dmn",
				"group-ratio.dmn");
		assertThat(deployed).containsAll(fileNames(Path.of("forms"), ".form"));
	}

	@Test
	void aTaskFormResolvesToTheFormDeployedWithTheProcess() throws IOException {
		CurrentUser facilitator = fixtures.facilitator();
		UUID sessionId = fixtures.session(facilitator, fixtures.center());
		OpenTask task = fixtures.openTask(facilitator, sessionId, SessionStep.CLIENT_INFORMATION);

		JsonNode form;
		try (InputStream in = formService.getDeployedTaskForm(task.id())) {
			form = new ObjectMapper().readTree(in);
		}

		assertThat(form.path("id").asText()).isEqualTo(task.formId()).isEqualTo("form_clientInformation");
	}

	private ProcessDefinition latestSessionDefinition() {
		ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(SessionProcess.PROCESS_KEY)
			.latestVersion()
			.singleResult();
		assertThat(definition).as("latest definition of %s", SessionProcess.PROCESS_KEY).isNotNull();
		return definition;
	}

	private static List<String> fileNames(Path directory, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			List<String> names = files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(suffix))
				.toList();
			assertThat(names).as("%s files in %s", suffix, directory.toAbsolutePath()).isNotEmpty();
			return names;
		}
	}

	/** Resource names carry the path the deployment found them under; the file name is what identifies them. */
	private static String fileName(String resourceName) {
		return resourceName.substring(Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\')) + 1);
	}

}
