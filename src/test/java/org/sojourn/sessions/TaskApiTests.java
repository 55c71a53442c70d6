package org.sojourn.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@SojournTest
class TaskApiTests {

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private SessionFixtures fixtures;

	@Test
	void facilitatorSeesTheirTaskWithItsFormAndSession() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		JsonNode tasks = as(facilitator).getForObject("/api/tasks", JsonNode.class);

		assertThat(tasks).hasSize(1);
		JsonNode task = tasks.get(0);
		assertThat(task.path("sessionId").asText()).isEqualTo(session.toString());
		assertThat(task.path("step").asText()).isEqualTo("CLIENT_INFORMATION");
		assertThat(task.path("formId").asText()).isEqualTo("form_clientInformation");
		assertThat(task.path("assignee").asText()).isEqualTo(facilitator.username());
		assertThat(task.path("name").asText()).isNotBlank();
	}

	@Test
	void facilitatorReadsOneOfTheirTasks() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String taskId = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		ResponseEntity<JsonNode> task = as(facilitator).getForEntity("/api/tasks/" + taskId, JsonNode.class);

		assertThat(task.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(task.getBody().path("id").asText()).isEqualTo(taskId);
		assertThat(task.getBody().path("sessionId").asText()).isEqualTo(session.toString());
	}

	@Test
	void centerAdministratorSeesTheirCentersTasksButNotAnotherCenters() {
		ServiceCenter center = fixtures.center();
		ServiceCenter otherCenter = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = preparedSession(facilitator, center);
		UUID otherSession = preparedSession(facilitator, otherCenter);
		String otherTask = taskId(fixtures.administratorOf(otherCenter), otherSession,
				SessionStep.SCHEDULE_ADMINISTRATION);

		JsonNode tasks = as(administrator).getForObject("/api/tasks", JsonNode.class);

		assertThat(sessionSteps(tasks)).containsExactly(session + "/SCHEDULE_ADMINISTRATION");
		assertThat(tasks.get(0).path("formId").asText()).isEqualTo("form_scheduleAdministration");
		assertThat(tasks.get(0).path("candidateGroups").get(0).asText())
			.isEqualTo(ServiceCenter.administratorsGroup(center.getId()));
		assertThat(as(administrator).getForEntity("/api/tasks/" + otherTask, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(sessionSteps(as(facilitator).getForObject("/api/tasks", JsonNode.class))).isEmpty();
	}

	@Test
	void formIsServedAsItsCamundaFormJson() {
		ResponseEntity<JsonNode> form = as(fixtures.facilitator()).getForEntity("/api/forms/form_consentsAndPlans",
				JsonNode.class);

		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(form.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(form.getBody().path("id").asText()).isEqualTo("form_consentsAndPlans");
		List<String> keys = new ArrayList<>();
		form.getBody().path("components").forEach(component -> keys.add(component.path("key").asText()));
		assertThat(keys).contains("billOfRightsAcknowledged", "transportationMode");
	}

	@Test
	void unknownFormIsMissing() {
		ResponseEntity<String> form = as(fixtures.facilitator()).getForEntity("/api/forms/form_noSuchForm",
				String.class);

		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void completingATaskRecordsTheFormAndMovesTheSessionOn() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String taskId = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		ResponseEntity<String> completed = complete(facilitator, taskId, SessionFixtures.clearScreening());

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(as(facilitator).getForEntity("/api/tasks/" + taskId, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		JsonNode record = record(facilitator, session);
		assertThat(steps(record.path("forms"))).containsExactly("CLIENT_INFORMATION");
		assertThat(record.path("forms").get(0).path("submittedBy").asText()).isEqualTo(facilitator.username());
		assertThat(steps(record.path("openTasks"))).containsExactly("CONSENTS_AND_PLANS");
	}

	@Test
	void missingRequiredFieldIsRefusedAndTheTaskStaysOpen() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String taskId = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);
		Map<String, Object> data = SessionFixtures.clearScreening();
		data.remove("clientIs21OrOlder");

		ResponseEntity<JsonNode> refused = completeForProblem(facilitator, taskId, data);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "'Is the client 21 years of age or older?' is required.");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("clientIs21OrOlder");
		assertThat(as(facilitator).getForEntity("/api/tasks/" + taskId, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(record(facilitator, session).path("forms")).isEmpty();
	}

	@Test
	void unknownFieldIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String taskId = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);
		Map<String, Object> data = SessionFixtures.clearScreening();
		data.put("centerGroup", "center-of-my-choosing");

		ResponseEntity<JsonNode> refused = completeForProblem(facilitator, taskId, data);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "This form has no field centerGroup");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("centerGroup");
		assertThat(record(facilitator, session).path("forms")).isEmpty();
	}

	@Test
	void completionWithoutDataIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String taskId = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/tasks/" + taskId + "/completion",
				Map.of(), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Send the form's values in 'data'.");
		assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("data");
	}

	@Test
	void anotherFacilitatorCannotCompleteMyTask() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String taskId = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		ResponseEntity<JsonNode> refused = completeForProblem(fixtures.facilitator(), taskId,
				SessionFixtures.clearScreening());

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no open task " + taskId);
		assertThat(as(facilitator).getForEntity("/api/tasks/" + taskId, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(record(facilitator, session).path("forms")).isEmpty();
	}

	@Test
	void centerAdministratorCannotCompleteTheFacilitatorsTask() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);
		String taskId = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);

		ResponseEntity<JsonNode> refused = completeForProblem(fixtures.administratorOf(center), taskId,
				SessionFixtures.clearScreening());

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no open task " + taskId);
		assertThat(record(facilitator, session).path("forms")).isEmpty();
	}

	@Test
	void schedulingLessThan24HoursAfterPreparationIsRefused() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = preparedSession(fixtures.facilitator(), center);
		String taskId = taskId(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION);

		ResponseEntity<JsonNode> refused = completeForProblem(administrator, taskId,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofHours(2))));

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "at least 24 hours after the preparation session");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("preparation-window");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("administrationScheduledAt");
		assertThat(as(administrator).getForEntity("/api/tasks/" + taskId, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(record(administrator, session).path("session").path("administrationScheduledAt").isNull()).isTrue();
	}

	@Test
	void schedulingMoreThan90DaysAfterPreparationIsRefused() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = preparedSession(fixtures.facilitator(), center);
		String taskId = taskId(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION);

		ResponseEntity<JsonNode> refused = completeForProblem(administrator, taskId,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(91))));

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "at most 90 days after the preparation session");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("preparation-window");
		assertThat(as(administrator).getForEntity("/api/tasks/" + taskId, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void doseOverTheCapAtAdministrationIsRefusedAndNothingIsRecorded() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = checkedInSession(fixtures.facilitator(), center, administrator);
		String taskId = taskId(administrator, session, SessionStep.ADMINISTRATION_RECORD);

		ResponseEntity<JsonNode> refused = completeForProblem(administrator, taskId,
				SessionFixtures.administration(40, 20.0, 360));

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "60 mg is over the limit of 50 mg");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("dose-cap");
		assertThat(as(administrator).getForEntity("/api/tasks/" + taskId, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		JsonNode record = record(administrator, session);
		assertThat(record.path("administration").isNull()).isTrue();
		assertThat(steps(record.path("forms"))).doesNotContain("ADMINISTRATION_RECORD");
	}

	@Test
	void sessionShorterThanTheMinimumDurationIsRefused() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = checkedInSession(fixtures.facilitator(), center, administrator);
		String taskId = taskId(administrator, session, SessionStep.ADMINISTRATION_RECORD);

		ResponseEntity<JsonNode> refused = completeForProblem(administrator, taskId,
				SessionFixtures.administration(20, null, 60));

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "must last at least 4 hours; this one lasted 1 hour");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("minimum-duration");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("sessionEndedAt");
		assertThat(record(administrator, session).path("administration").isNull()).isTrue();
	}

	@Test
	void administrationWithinTheRulesIsRecorded() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = checkedInSession(facilitator, center, administrator);
		String taskId = taskId(administrator, session, SessionStep.ADMINISTRATION_RECORD);

		ResponseEntity<String> completed = complete(administrator, taskId, SessionFixtures.administration(20, 5.0, 300));

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode administration = record(facilitator, session).path("administration");
		assertThat(administration.path("initialDoseMg").decimalValue()).isEqualByComparingTo("20");
		assertThat(administration.path("secondaryDoseMg").decimalValue()).isEqualByComparingTo("5");
		assertThat(administration.path("productId").asText()).isEqualTo("LOT-42");
		assertThat(administration.path("recordedBy").asText()).isEqualTo(administrator.username());
		assertThat(steps(record(facilitator, session).path("openTasks"))).containsExactly("PRODUCT_AND_WASTE");
	}

	private TestRestTemplate as(CurrentUser user) {
		return restTemplate.withBasicAuth(user.username(), SessionFixtures.PASSWORD);
	}

	/** A session with preparation certified an hour ago, waiting at the center's scheduling task. */
	private UUID preparedSession(CurrentUser facilitator, ServiceCenter center) {
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		return session;
	}

	/** A session scheduled for tomorrow whose client checked in and took the product. */
	private UUID checkedInSession(CurrentUser facilitator, ServiceCenter center, CurrentUser administrator) {
		UUID session = preparedSession(facilitator, center);
		fixtures.complete(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1))));
		fixtures.complete(administrator, session, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		return session;
	}

	private String taskId(CurrentUser user, UUID session, SessionStep step) {
		return fixtures.openTask(user, session, step).id();
	}

	private ResponseEntity<String> complete(CurrentUser user, String taskId, Map<String, Object> data) {
		return as(user).postForEntity("/api/tasks/" + taskId + "/completion", Map.of("data", data), String.class);
	}

	private ResponseEntity<JsonNode> completeForProblem(CurrentUser user, String taskId, Map<String, Object> data) {
		return as(user).postForEntity("/api/tasks/" + taskId + "/completion", Map.of("data", data), JsonNode.class);
	}

	private JsonNode record(CurrentUser user, UUID session) {
		ResponseEntity<JsonNode> record = as(user).getForEntity("/api/sessions/" + session, JsonNode.class);
		assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
		return record.getBody();
	}

	private static List<String> steps(JsonNode tasksOrForms) {
		List<String> steps = new ArrayList<>();
		tasksOrForms.forEach(item -> steps.add(item.path("step").asText()));
		return steps;
	}

	private static List<String> sessionSteps(JsonNode tasks) {
		List<String> found = new ArrayList<>();
		tasks.forEach(task -> found.add(task.path("sessionId").asText() + "/" + task.path("step").asText()));
		return found;
	}

	private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String phrase) {
		assertThat(response.getStatusCode()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
		assertThat(response.getBody().path("title").asText()).isNotBlank();
		assertThat(response.getBody().path("detail").asText()).contains(phrase);
	}

}
