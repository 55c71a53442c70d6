package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The engine's own REST API is a door to the same sessions: it trusts Sojourn's login, shows a user only their
 * tasks, and a completion through it runs Sojourn's checks and writes the session record like any other.
 */
@SojournTest
class EngineRestTests {

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private SessionFixtures fixtures;

	@Test
	void anonymousRequestMustAuthenticate() {
		ResponseEntity<String> refused = restTemplate.getForEntity("/engine-rest/task", String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void facilitatorSeesOnlyTasksAssignedToThem() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser otherFacilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		UUID otherSession = fixtures.session(otherFacilitator, null);
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);
		String otherTask = taskId(otherFacilitator, otherSession, SessionStep.CLIENT_INFORMATION);

		assertThat(taskIds(as(facilitator).getForEntity("/engine-rest/task", JsonNode.class))).containsExactly(task);
		assertThat(taskIds(as(otherFacilitator).getForEntity("/engine-rest/task", JsonNode.class)))
			.containsExactly(otherTask);
		assertThat(as(facilitator).getForEntity("/engine-rest/task/" + otherTask, String.class).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
	}

	@Test
	void centerAdministratorSeesTheirCentersTaskButNotAnotherCenters() {
		ServiceCenter center = fixtures.center();
		ServiceCenter otherCenter = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser otherAdministrator = fixtures.administratorOf(otherCenter);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = preparedSession(facilitator, center);
		UUID otherSession = preparedSession(facilitator, otherCenter);
		String task = taskId(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION);
		String otherTask = taskId(otherAdministrator, otherSession, SessionStep.SCHEDULE_ADMINISTRATION);

		assertThat(taskIds(as(administrator).getForEntity("/engine-rest/task", JsonNode.class)))
			.containsExactly(task);
		assertThat(taskIds(as(otherAdministrator).getForEntity("/engine-rest/task", JsonNode.class)))
			.containsExactly(otherTask);
		assertThat(taskIds(as(facilitator).getForEntity("/engine-rest/task", JsonNode.class))).isEmpty();
	}

	@Test
	void submittedFormThatFailsSojournsChecksIsRefusedWithSojournsMessage() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		String task = taskId(facilitator, session, SessionStep.CONSENTS_AND_PLANS);
		Map<String, Object> consents = SessionFixtures.consents();
		consents.put("billOfRightsAcknowledged", false);

		ResponseEntity<JsonNode> refused = submitForm(facilitator, task, consents);

		assertThat(refused.getBody().path("message").asText())
			.contains("'The client received and acknowledged the client bill of rights' must be confirmed.");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertStillOpen(facilitator, task);
		assertThat(formSteps(record(facilitator, session))).containsExactly("CLIENT_INFORMATION");
	}

	@Test
	void submittedDoseEstimateOverTheCapIsRefusedWithSojournsMessage() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		String task = taskId(facilitator, session, SessionStep.DOSE_ESTIMATE);
		Map<String, Object> estimate = new LinkedHashMap<>();
		estimate.put("estimatedInitialDoseMg", 40);
		estimate.put("estimatedSecondaryDoseMg", 15);

		ResponseEntity<JsonNode> refused = submitForm(facilitator, task, estimate);

		assertThat(refused.getBody().path("message").asText()).contains("55 mg is over the limit of 50 mg");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertStillOpen(facilitator, task);
		assertThat(formSteps(record(facilitator, session))).doesNotContain("DOSE_ESTIMATE");
	}

	@Test
	void validFormSubmittedThroughEngineRestIsRecordedAsTheUsers() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		ResponseEntity<JsonNode> submitted = submitForm(facilitator, task, SessionFixtures.clearScreening());

		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode record = record(facilitator, session);
		assertThat(formSteps(record)).containsExactly("CLIENT_INFORMATION");
		JsonNode form = record.path("forms").get(0);
		assertThat(form.path("submittedBy").asText()).isEqualTo(facilitator.username());
		assertThat(form.path("answers").path("clientIs21OrOlder").asText()).isEqualTo("yes");
		assertThat(record.path("screeningOutcome").asText()).isEqualTo("CLEAR");
		assertThat(record.path("openTasks").get(0).path("step").asText()).isEqualTo("CONSENTS_AND_PLANS");
	}

	@Test
	void variableThatIsNoFieldOfTheFormIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("privateNotes", "What the client told me in confidence");

		ResponseEntity<JsonNode> refused = submitForm(facilitator, task, screening);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("message").asText()).contains("privateNotes");
		assertStillOpen(facilitator, task);
		assertThat(as(facilitator).getForObject("/engine-rest/task/" + task + "/variables", String.class))
			.doesNotContain("privateNotes");
		assertThat(record(facilitator, session).path("forms")).isEmpty();
	}

	@Test
	void anotherFacilitatorCannotSubmitMyTasksForm() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		ResponseEntity<JsonNode> refused = submitForm(fixtures.facilitator(), task, SessionFixtures.clearScreening());

		assertThat(refused.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertStillOpen(facilitator, task);
		assertThat(record(facilitator, session).path("forms")).isEmpty();
	}

	@Test
	void strangerCannotReadTheProcessVariables() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);
		CurrentUser stranger = fixtures.facilitator();

		assertNoVariables(as(stranger).getForEntity(
				"/engine-rest/process-instance/" + processInstanceOf(facilitator, task) + "/variables", String.class),
				facilitator);
		assertNoVariables(as(stranger).getForEntity("/engine-rest/task/" + task + "/variables", String.class),
				facilitator);
	}

	@Test
	void operatorCannotReadTheProcessVariables() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		assertNoVariables(as(fixtures.operator()).getForEntity(
				"/engine-rest/process-instance/" + processInstanceOf(facilitator, task) + "/variables", String.class),
				facilitator);
	}

	private TestRestTemplate as(CurrentUser user) {
		return restTemplate.withBasicAuth(user.username(), SessionFixtures.PASSWORD);
	}

	private String processInstanceOf(CurrentUser assignee, String taskId) {
		ResponseEntity<JsonNode> task = as(assignee).getForEntity("/engine-rest/task/" + taskId, JsonNode.class);
		assertThat(task.getStatusCode()).isEqualTo(HttpStatus.OK);
		return task.getBody().path("processInstanceId").asText();
	}

	/** Refused, or answered with nothing: never the session's variables. */
	private static void assertNoVariables(ResponseEntity<String> variables, CurrentUser facilitator) {
		assertThat(variables.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.OK);
		if (variables.getStatusCode() == HttpStatus.OK) {
			assertThat(variables.getBody()).isEqualTo("{}");
		}
		assertThat(variables.getBody()).doesNotContain(facilitator.username()).doesNotContain("centerGroup");
	}

	private UUID preparedSession(CurrentUser facilitator, ServiceCenter center) {
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		return session;
	}

	private String taskId(CurrentUser user, UUID session, SessionStep step) {
		return fixtures.openTask(user, session, step).id();
	}

	/** Submits the form as Tasklist does: each field a typed variable. */
	private ResponseEntity<JsonNode> submitForm(CurrentUser user, String taskId, Map<String, Object> data) {
		Map<String, Object> variables = new LinkedHashMap<>();
		data.forEach((key, value) -> variables.put(key, Map.of("value", value, "type", typeOf(value))));
		return as(user).postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables),
				JsonNode.class);
	}

	private static String typeOf(Object value) {
		if (value instanceof Boolean) {
			return "Boolean";
		}
		if (value instanceof Integer) {
			return "Integer";
		}
		if (value instanceof Double) {
			return "Double";
		}
		return "String";
	}

	private void assertStillOpen(CurrentUser owner, String taskId) {
		assertThat(as(owner).getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(as(owner).getForEntity("/api/tasks/" + taskId, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	private JsonNode record(CurrentUser user, UUID session) {
		ResponseEntity<JsonNode> record = as(user).getForEntity("/api/sessions/" + session, JsonNode.class);
		assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
		return record.getBody();
	}

	private static List<String> formSteps(JsonNode record) {
		List<String> steps = new ArrayList<>();
		record.path("forms").forEach(form -> steps.add(form.path("step").asText()));
		return steps;
	}

	private static List<String> taskIds(ResponseEntity<JsonNode> tasks) {
		assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> ids = new ArrayList<>();
		tasks.getBody().forEach(task -> ids.add(task.path("id").asText()));
		return ids;
	}

}
