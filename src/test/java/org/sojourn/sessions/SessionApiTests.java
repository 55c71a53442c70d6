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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@SojournTest
public class SessionApiTests {

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private SessionFixtures fixtures;

	@Test
	void facilitatorOpensSessionWithServiceCenter() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		fixtures.enroll(facilitator, center);
		UUID client = fixtures.client(facilitator);

		ResponseEntity<JsonNode> created = as(facilitator).postForEntity("/api/sessions",
				Map.of("clientId", client, "centerId", center.getId()), JsonNode.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode session = created.getBody();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/sessions/" + session.path("id").asText());
		assertThat(session.path("clientId").asText()).isEqualTo(client.toString());
		assertThat(session.path("facilitator").asText()).isEqualTo(facilitator.username());
		assertThat(session.path("centerId").asText()).isEqualTo(center.getId().toString());
		assertThat(session.path("phase").asText()).isEqualTo("PREPARATION");
		assertThat(session.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(session.path("needsCenter").asBoolean()).isFalse();
	}

	@Test
	void facilitatorOpensSessionWithoutServiceCenter() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		ResponseEntity<JsonNode> created = as(facilitator).postForEntity("/api/sessions", Map.of("clientId", client),
				JsonNode.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody().path("centerId").isNull()).isTrue();
		assertThat(created.getBody().path("phase").asText()).isEqualTo("PREPARATION");
		assertThat(created.getBody().path("status").asText()).isEqualTo("ACTIVE");
		assertThat(created.getBody().path("needsCenter").asBoolean()).isTrue();
	}

	@Test
	void unknownServiceCenterIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID unknown = UUID.randomUUID();

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions",
				Map.of("clientId", fixtures.client(facilitator), "centerId", unknown), JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "There is no service center " + unknown);
		assertThat(sessionIds(as(facilitator).getForObject("/api/sessions", JsonNode.class))).isEmpty();
	}

	@Test
	void centerThatHasNotAcceptedTheFacilitatorIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions",
				Map.of("clientId", fixtures.client(facilitator), "centerId", fixtures.center().getId()), JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "has not accepted you as a facilitator");
		assertThat(sessionIds(as(facilitator).getForObject("/api/sessions", JsonNode.class))).isEmpty();
	}

	@Test
	void anotherFacilitatorsClientLooksMissing() {
		CurrentUser owner = fixtures.facilitator();
		CurrentUser stranger = fixtures.facilitator();
		UUID client = fixtures.client(owner);

		ResponseEntity<JsonNode> refused = as(stranger).postForEntity("/api/sessions", Map.of("clientId", client),
				JsonNode.class);

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no client " + client);
	}

	@Test
	void sessionWithoutClientIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions",
				Map.of("centerId", fixtures.center().getId()), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Choose the client.");
		assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("clientId");
	}

	@Test
	void sessionListShowsOnlySessionsTheUserMaySee() {
		ServiceCenter center = fixtures.center();
		ServiceCenter otherCenter = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser otherFacilitator = fixtures.facilitator();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser otherAdministrator = fixtures.administratorOf(otherCenter);
		UUID atCenter = fixtures.session(facilitator, center);
		UUID withoutCenter = fixtures.session(facilitator, null);
		UUID othersAtOtherCenter = fixtures.session(otherFacilitator, otherCenter);

		assertThat(sessionIds(as(facilitator).getForObject("/api/sessions", JsonNode.class)))
			.containsExactlyInAnyOrder(atCenter, withoutCenter);
		assertThat(sessionIds(as(administrator).getForObject("/api/sessions", JsonNode.class)))
			.containsExactly(atCenter);
		assertThat(sessionIds(as(otherAdministrator).getForObject("/api/sessions", JsonNode.class)))
			.containsExactly(othersAtOtherCenter);
		assertThat(sessionIds(as(otherFacilitator).getForObject("/api/sessions", JsonNode.class)))
			.containsExactly(othersAtOtherCenter);
	}

	@Test
	void sessionListIsPagedNewestFirst() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID first = fixtures.session(facilitator, null);
		UUID second = fixtures.session(facilitator, null);
		UUID third = fixtures.session(facilitator, null);

		JsonNode page = as(facilitator).getForObject("/api/sessions?size=2", JsonNode.class);

		assertThat(page.path("page").path("size").asInt()).isEqualTo(2);
		assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(3);
		assertThat(sessionIds(page)).containsExactly(third, second);
		assertThat(sessionIds(as(facilitator).getForObject("/api/sessions?size=2&page=1", JsonNode.class)))
			.containsExactly(first);
	}

	@Test
	void sessionRecordShowsSubmittedFormsAsJsonWithWhoAndWhen() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());
		Instant before = Instant.now().minusSeconds(1);
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("screeningNotes", "Talked through the questions.");
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, screening);

		ResponseEntity<JsonNode> read = as(facilitator).getForEntity("/api/sessions/" + session, JsonNode.class);

		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode record = read.getBody();
		assertThat(record.path("session").path("id").asText()).isEqualTo(session.toString());
		assertThat(record.path("screeningOutcome").asText()).isEqualTo("CLEAR");
		assertThat(record.path("waitingForCenter").asBoolean()).isFalse();
		assertThat(record.path("forms")).hasSize(1);
		JsonNode form = record.path("forms").get(0);
		assertThat(form.path("step").asText()).isEqualTo("CLIENT_INFORMATION");
		assertThat(form.path("formId").asText()).isEqualTo("form_clientInformation");
		assertThat(form.path("answers").isObject()).isTrue();
		assertThat(form.path("answers").path("clientIs21OrOlder").asText()).isEqualTo("yes");
		assertThat(form.path("answers").path("screeningNotes").asText()).isEqualTo("Talked through the questions.");
		assertThat(form.path("submittedBy").asText()).isEqualTo(facilitator.username());
		assertThat(Instant.parse(form.path("submittedAt").asText())).isBetween(before, Instant.now());
		assertThat(steps(record.path("openTasks"))).containsExactly("CONSENTS_AND_PLANS");
		JsonNode task = record.path("openTasks").get(0);
		assertThat(task.path("formId").asText()).isEqualTo("form_consentsAndPlans");
		assertThat(task.path("assignee").asText()).isEqualTo(facilitator.username());
	}

	@Test
	void preparedSessionWithoutCenterWaitsForOne() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));

		JsonNode record = as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class);

		assertThat(record.path("waitingForCenter").asBoolean()).isTrue();
		assertThat(record.path("session").path("needsCenter").asBoolean()).isTrue();
		assertThat(record.path("openTasks")).isEmpty();
		assertThat(steps(record.path("forms"))).containsExactly("CLIENT_INFORMATION", "CONSENTS_AND_PLANS",
				"DOSE_ESTIMATE", "PREPARATION_CERTIFICATION");
	}

	@Test
	void associatedCentersAdministratorReadsTheRecord() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);

		ResponseEntity<JsonNode> read = as(fixtures.administratorOf(center)).getForEntity("/api/sessions/" + session,
				JsonNode.class);

		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody().path("session").path("id").asText()).isEqualTo(session.toString());
	}

	@Test
	void anotherFacilitatorsSessionLooksMissing() {
		UUID session = fixtures.session(fixtures.facilitator(), fixtures.center());

		ResponseEntity<JsonNode> refused = as(fixtures.facilitator()).getForEntity("/api/sessions/" + session,
				JsonNode.class);

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no session " + session);
	}

	@Test
	void anotherCentersAdministratorSeesNoSession() {
		UUID session = fixtures.session(fixtures.facilitator(), fixtures.center());

		ResponseEntity<JsonNode> refused = as(fixtures.administratorOf(fixtures.center()))
			.getForEntity("/api/sessions/" + session, JsonNode.class);

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no session " + session);
	}

	@Test
	void unknownSessionIsMissing() {
		UUID unknown = UUID.randomUUID();

		ResponseEntity<JsonNode> refused = as(fixtures.facilitator()).getForEntity("/api/sessions/" + unknown,
				JsonNode.class);

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no session " + unknown);
	}

	@Test
	void centerAssociatedLaterLetsTheWaitingSessionGoOnToTheCentersAdministrators() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		ServiceCenter center = fixtures.center();
		fixtures.enroll(facilitator, center);
		CurrentUser administrator = fixtures.administratorOf(center);

		ResponseEntity<JsonNode> associated = as(facilitator).exchange("/api/sessions/" + session + "/center",
				HttpMethod.PUT, new HttpEntity<>(Map.of("centerId", center.getId())), JsonNode.class);

		assertThat(associated.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(associated.getBody().path("centerId").asText()).isEqualTo(center.getId().toString());
		assertThat(associated.getBody().path("needsCenter").asBoolean()).isFalse();
		JsonNode record = as(administrator).getForObject("/api/sessions/" + session, JsonNode.class);
		assertThat(record.path("waitingForCenter").asBoolean()).isFalse();
		assertThat(record.path("session").path("phase").asText()).isEqualTo("ADMINISTRATION");
		assertThat(steps(record.path("openTasks"))).containsExactly("SCHEDULE_ADMINISTRATION");
		assertThat(record.path("openTasks").get(0).path("candidateGroups").get(0).asText())
			.isEqualTo(ServiceCenter.administratorsGroup(center.getId()));
		List<String> administratorsTasks = new ArrayList<>();
		as(administrator).getForObject("/api/tasks", JsonNode.class)
			.forEach(task -> administratorsTasks.add(task.path("sessionId").asText() + "/" + task.path("step").asText()));
		assertThat(administratorsTasks).containsExactly(session + "/SCHEDULE_ADMINISTRATION");
	}

	@Test
	void facilitatorChangesTheCenterDuringPreparation() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter first = fixtures.center();
		ServiceCenter second = fixtures.center();
		UUID session = fixtures.session(facilitator, first);
		fixtures.enroll(facilitator, second);

		ResponseEntity<JsonNode> changed = as(facilitator).exchange("/api/sessions/" + session + "/center",
				HttpMethod.PUT, new HttpEntity<>(Map.of("centerId", second.getId())), JsonNode.class);

		assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(changed.getBody().path("centerId").asText()).isEqualTo(second.getId().toString());
		assertThat(as(fixtures.administratorOf(first)).getForEntity("/api/sessions/" + session, JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(as(fixtures.administratorOf(second)).getForEntity("/api/sessions/" + session, JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void facilitatorCannotMoveTheSessionToACenterThatHasNotAcceptedThem() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		UUID session = fixtures.session(facilitator, center);

		ResponseEntity<JsonNode> refused = as(facilitator).exchange("/api/sessions/" + session + "/center",
				HttpMethod.PUT, new HttpEntity<>(Map.of("centerId", fixtures.center().getId())), JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "has not accepted you as a facilitator");
		assertThat(as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class).path("session")
			.path("centerId").asText()).isEqualTo(center.getId().toString());
	}

	@Test
	void centerAdministratorCannotChangeTheCenter() {
		ServiceCenter center = fixtures.center();
		UUID session = fixtures.session(fixtures.facilitator(), center);

		ResponseEntity<JsonNode> refused = as(fixtures.administratorOf(center)).exchange(
				"/api/sessions/" + session + "/center", HttpMethod.PUT,
				new HttpEntity<>(Map.of("centerId", fixtures.center().getId())), JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "Only the session's facilitator");
	}

	@Test
	void centerCannotChangeOnceAdministrationHasBegun() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));

		ResponseEntity<JsonNode> refused = as(facilitator).exchange("/api/sessions/" + session + "/center",
				HttpMethod.PUT, new HttpEntity<>(Map.of("centerId", fixtures.center().getId())), JsonNode.class);

		assertProblem(refused, HttpStatus.CONFLICT, "administration has begun");
		JsonNode record = as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class);
		assertThat(record.path("session").path("centerId").asText()).isEqualTo(center.getId().toString());
	}

	@Test
	void clientWithdrawsBeforeAdministration() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());

		ResponseEntity<JsonNode> withdrawn = as(facilitator).postForEntity("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "WITHDRAWN", "reason", "The client changed their mind."), JsonNode.class);

		assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(withdrawn.getBody().path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.getBody().path("phase").asText()).isEqualTo("CLOSED");
		JsonNode record = as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class);
		assertThat(record.path("closeReason").asText()).isEqualTo("The client changed their mind.");
		assertThat(record.path("openTasks")).isEmpty();
		assertThat(as(facilitator).getForObject("/api/tasks", JsonNode.class)).isEmpty();
	}

	@Test
	void centerAdministratorCancelsTheirCentersSession() {
		ServiceCenter center = fixtures.center();
		UUID session = fixtures.session(fixtures.facilitator(), center);

		ResponseEntity<JsonNode> cancelled = as(fixtures.administratorOf(center)).postForEntity(
				"/api/sessions/" + session + "/cancellation",
				Map.of("kind", "CANCELLED", "reason", "The center closed for repairs."), JsonNode.class);

		assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(cancelled.getBody().path("status").asText()).isEqualTo("CANCELLED");
	}

	@Test
	void cancellationWithoutReasonIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "WITHDRAWN"), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Give the reason.");
		assertThat(as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class).path("session")
			.path("status").asText()).isEqualTo("ACTIVE");
	}

	@Test
	void closedSessionCannotBeCancelled() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Map<String, String> withdrawal = Map.of("kind", "WITHDRAWN", "reason", "The client moved away.");
		as(facilitator).postForEntity("/api/sessions/" + session + "/cancellation", withdrawal, JsonNode.class);

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "CANCELLED", "reason", "Again."), JsonNode.class);

		assertProblem(refused, HttpStatus.CONFLICT, "This session is withdrawn");
		assertThat(as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class).path("session")
			.path("status").asText()).isEqualTo("WITHDRAWN");
	}

	@Test
	void sessionCannotBeCancelledOnceProductIsConsumed() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		fixtures.complete(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1))));
		fixtures.complete(administrator, session, SessionStep.CHECK_IN, SessionFixtures.checkIn());

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "WITHDRAWN", "reason", "The client wants to leave."), JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "cannot be cancelled: the client consumed product");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("consumed");
		JsonNode record = as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class);
		assertThat(record.path("session").path("status").asText()).isEqualTo("ACTIVE");
		assertThat(Instant.parse(record.path("productConsumedAt").asText())).isBefore(Instant.now());
		assertThat(steps(record.path("openTasks"))).containsExactly("ADMINISTRATION_RECORD");
	}

	@Test
	void anotherFacilitatorCannotCancelMySession() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		ResponseEntity<JsonNode> refused = as(fixtures.facilitator()).postForEntity(
				"/api/sessions/" + session + "/cancellation", Map.of("kind", "CANCELLED", "reason", "Not mine."),
				JsonNode.class);

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no session " + session);
		assertThat(as(facilitator).getForObject("/api/sessions/" + session, JsonNode.class).path("session")
			.path("status").asText()).isEqualTo("ACTIVE");
	}

	private TestRestTemplate as(CurrentUser user) {
		return restTemplate.withBasicAuth(user.username(), SessionFixtures.PASSWORD);
	}

	private static List<UUID> sessionIds(JsonNode page) {
		List<UUID> ids = new ArrayList<>();
		page.path("content").forEach(session -> ids.add(UUID.fromString(session.path("id").asText())));
		return ids;
	}

	private static List<String> steps(JsonNode tasksOrForms) {
		List<String> steps = new ArrayList<>();
		tasksOrForms.forEach(item -> steps.add(item.path("step").asText()));
		return steps;
	}

	public static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String phrase) {
		assertThat(response.getStatusCode()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
		assertThat(response.getBody().path("title").asText()).isNotBlank();
		assertThat(response.getBody().path("detail").asText()).contains(phrase);
	}

}
