package org.sojourn.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sojourn.sessions.SessionApiTests.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Events during administration, addenda to signed records, and denials, over real HTTP. */
@SojournTest
class SessionRecordEntriesTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String TRANSIT = "public_transit";

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private RuntimeService runtime;

	/** A session at a center, with its facilitator and one of the center's administrators. */
	private record Scene(CurrentUser facilitator, CurrentUser administrator, ServiceCenter center, UUID session) {
	}

	// ---- Events during administration ----

	@Test
	void facilitatorAndCenterRecordEventsBeforeAndAfterCheckInWithoutInterruptingTheProcess() {
		Scene scene = scheduled();
		String checkIn = openTaskIds(scene).get(0);
		Instant earlier = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
		Instant later = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);

		ResponseEntity<JsonNode> byFacilitator = as(scene.facilitator()).postForEntity(events(scene),
				event("BEHAVIORAL_REACTION", "MILD", "Anxious in the waiting room; calmed by breathing.", earlier),
				JsonNode.class);
		assertThat(openTaskIds(scene)).containsExactly(checkIn);
		fixtures.complete(scene.administrator(), scene.session(), SessionStep.CHECK_IN, SessionFixtures.checkIn());
		String recordAdministration = openTaskIds(scene).get(0);
		Map<String, Object> fainted = event("MEDICAL_REACTION", "SEVERE", "Fainted and hit the floor.", later);
		fainted.put("emergencyServicesCalled", true);
		fainted.put("medicalCareProvided", true);
		ResponseEntity<JsonNode> byCenter = as(scene.administrator()).postForEntity(events(scene), fainted,
				JsonNode.class);

		assertThat(byFacilitator.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(byCenter.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(openTaskIds(scene)).containsExactly(recordAdministration);
		JsonNode record = record(scene.facilitator(), scene.session());
		assertThat(record.path("session").path("status").asText()).isEqualTo("ACTIVE");
		JsonNode events = record.path("events");
		assertThat(events).hasSize(2);
		assertThat(events.get(0).path("id").asText()).isEqualTo(byFacilitator.getBody().path("id").asText());
		assertEvent(events.get(0), "BEHAVIORAL_REACTION", "MILD", false, false,
				"Anxious in the waiting room; calmed by breathing.", earlier, scene.facilitator());
		assertEvent(events.get(1), "MEDICAL_REACTION", "SEVERE", true, true, "Fainted and hit the floor.", later,
				scene.administrator());
		assertThat(Instant.parse(events.get(1).path("recordedAt").asText())).isAfter(later);
	}

	@Test
	void reactionWithoutSeverityIsRefused() {
		Scene scene = scheduled();

		ResponseEntity<JsonNode> refused = as(scene.facilitator()).postForEntity(events(scene),
				event("MEDICAL_REACTION", null, "Nausea.", Instant.now().minusSeconds(60)), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Say how severe the reaction was");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("severity");
		assertThat(record(scene.facilitator(), scene.session()).path("events")).isEmpty();
	}

	@Test
	void transportDeviationNeedsNoSeverity() {
		Scene scene = scheduled();

		ResponseEntity<JsonNode> recorded = as(scene.administrator()).postForEntity(events(scene),
				event("TRANSPORT_DEVIATION", null, "The client's ride did not come; a taxi was called.",
						Instant.now().minusSeconds(60)),
				JsonNode.class);

		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode event = record(scene.facilitator(), scene.session()).path("events").get(0);
		assertThat(event.path("kind").asText()).isEqualTo("TRANSPORT_DEVIATION");
		assertThat(event.path("severity").isNull()).isTrue();
	}

	@Test
	void eventDuringPreparationIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions/" + session + "/events",
				event("BEHAVIORAL_REACTION", "MILD", "Too early.", Instant.now().minusSeconds(60)), JsonNode.class);

		assertProblem(refused, HttpStatus.CONFLICT, "during the administration phase");
		assertThat(record(facilitator, session).path("events")).isEmpty();
	}

	@Test
	void eventAfterTheSessionClosedIsRefused() {
		Scene scene = scheduled();
		as(scene.administrator()).postForEntity("/api/sessions/" + scene.session() + "/cancellation",
				Map.of("kind", "CANCELLED", "reason", "The room flooded."), JsonNode.class);

		ResponseEntity<JsonNode> refused = as(scene.facilitator()).postForEntity(events(scene),
				event("BEHAVIORAL_REACTION", "MILD", "Too late.", Instant.now().minusSeconds(60)), JsonNode.class);

		assertProblem(refused, HttpStatus.CONFLICT, "during the administration phase");
		assertThat(record(scene.facilitator(), scene.session()).path("events")).isEmpty();
	}

	@Test
	void strangersCannotRecordEvents() {
		Scene scene = scheduled();
		Map<String, Object> event = event("MEDICAL_REACTION", "MILD", "Not mine.", Instant.now().minusSeconds(60));

		ResponseEntity<JsonNode> byFacilitator = as(fixtures.facilitator()).postForEntity(events(scene), event,
				JsonNode.class);
		ResponseEntity<JsonNode> byOtherCenter = as(fixtures.administratorOf(fixtures.center()))
			.postForEntity(events(scene), event, JsonNode.class);

		assertProblem(byFacilitator, HttpStatus.NOT_FOUND, "There is no session " + scene.session());
		assertProblem(byOtherCenter, HttpStatus.NOT_FOUND, "There is no session " + scene.session());
		assertThat(record(scene.facilitator(), scene.session()).path("events")).isEmpty();
	}

	@Test
	void eventInTheFutureIsRefused() {
		Scene scene = scheduled();

		ResponseEntity<JsonNode> refused = as(scene.facilitator()).postForEntity(events(scene),
				event("BEHAVIORAL_REACTION", "MILD", "Not yet.", Instant.now().plus(Duration.ofHours(1))),
				JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "The event cannot lie in the future.");
		assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("occurredAt");
		assertThat(record(scene.facilitator(), scene.session()).path("events")).isEmpty();
	}

	// ---- Addenda ----

	@Test
	void addendumCorrectsASubmittedFormAndLeavesTheOriginalAsItWas() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = consentsSigned(facilitator);
		String consents = formId(record(facilitator, session), "CONSENTS_AND_PLANS");
		Instant before = Instant.now().minusSeconds(1);

		ResponseEntity<JsonNode> added = as(facilitator).postForEntity(addenda(session),
				addendum(consents, "The client will take the bus home.", Map.of("transportationMode", TRANSIT)),
				JsonNode.class);

		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode record = record(facilitator, session);
		assertThat(record.path("addenda")).hasSize(1);
		JsonNode addendum = record.path("addenda").get(0);
		assertThat(addendum.path("id").asText()).isEqualTo(added.getBody().path("id").asText());
		assertThat(addendum.path("target").asText()).isEqualTo(consents);
		assertThat(addendum.path("reason").asText()).isEqualTo("The client will take the bus home.");
		assertThat(addendum.path("changes")).isEqualTo(change("transportationMode", "taxi_or_rideshare", TRANSIT));
		assertThat(addendum.path("author").asText()).isEqualTo(facilitator.username());
		assertThat(Instant.parse(addendum.path("recordedAt").asText())).isBetween(before, Instant.now());
		assertThat(form(record, "CONSENTS_AND_PLANS").path("answers").path("transportationMode").asText())
			.isEqualTo("taxi_or_rideshare");
	}

	@Test
	void aCorrectedPreparationTimeIsTheOneTheSchedulingGateChecks() {
		Scene scene = prepared();
		String certification = formId(record(scene.facilitator(), scene.session()), "PREPARATION_CERTIFICATION");
		Instant spring = Instant.now().minus(Duration.ofDays(120)).truncatedTo(ChronoUnit.MINUTES);

		ResponseEntity<JsonNode> added = as(scene.facilitator()).postForEntity(addenda(scene.session()),
				addendum(certification, "The preparation session was in the spring.",
						Map.of("preparationSessionAt", spring.toString())),
				JsonNode.class);

		assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(Instant.parse(record(scene.facilitator(), scene.session()).path("preparationSessionAt").asText()))
			.isEqualTo(spring);
		assertThatThrownBy(() -> fixtures.complete(scene.administrator(), scene.session(),
				SessionStep.SCHEDULE_ADMINISTRATION, SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1)))))
			.hasMessageContaining("90 days");
		assertThat(record(scene.facilitator(), scene.session()).path("session").path("administrationScheduledAt")
			.isNull()).isTrue();
	}

	@Test
	void aCorrectedScheduleMovesTheSessionsScheduledAdministration() {
		Scene scene = scheduled();
		String schedule = formId(record(scene.administrator(), scene.session()), "SCHEDULE_ADMINISTRATION");
		Instant later = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);

		ResponseEntity<JsonNode> added = as(scene.administrator()).postForEntity(addenda(scene.session()),
				addendum(schedule, "The client asked to come on Friday.",
						Map.of("administrationScheduledAt", later.toString())),
				JsonNode.class);

		assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(Instant.parse(record(scene.administrator(), scene.session()).path("session")
			.path("administrationScheduledAt").asText())).isEqualTo(later);
	}

	@Test
	void secondAddendumStartsFromTheFirstOnesCorrection() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = consentsSigned(facilitator);
		String consents = formId(record(facilitator, session), "CONSENTS_AND_PLANS");
		as(facilitator).postForEntity(addenda(session),
				addendum(consents, "The client will take the bus home.", Map.of("transportationMode", TRANSIT)),
				JsonNode.class);

		ResponseEntity<JsonNode> second = as(facilitator).postForEntity(addenda(session),
				addendum(consents, "The client lives around the corner.", Map.of("transportationMode", "walking")),
				JsonNode.class);

		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode record = record(facilitator, session);
		assertThat(record.path("addenda")).hasSize(2);
		assertThat(record.path("addenda").get(1).path("changes"))
			.isEqualTo(change("transportationMode", TRANSIT, "walking"));
		assertThat(form(record, "CONSENTS_AND_PLANS").path("answers").path("transportationMode").asText())
			.isEqualTo("taxi_or_rideshare");
	}

	@Test
	void centerCorrectsTheAdministrationRecordWithAnAddendum() {
		Map<String, Object> administration = SessionFixtures.administration(20, 5.0, 300);
		Scene scene = administered(administration);
		String recordedEnd = (String) administration.get("sessionEndedAt");
		String correctedEnd = Instant.parse(recordedEnd).plus(Duration.ofMinutes(30)).toString();

		ResponseEntity<JsonNode> added = as(scene.administrator()).postForEntity(addenda(scene.session()),
				addendum("administration", "The client left half an hour later than noted.",
						Map.of("sessionEndedAt", correctedEnd)),
				JsonNode.class);

		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode record = record(scene.facilitator(), scene.session());
		JsonNode addendum = record.path("addenda").get(0);
		assertThat(addendum.path("target").asText()).isEqualTo("administration");
		assertThat(addendum.path("changes")).isEqualTo(change("sessionEndedAt", recordedEnd, correctedEnd));
		assertThat(addendum.path("author").asText()).isEqualTo(scene.administrator().username());
		assertThat(Instant.parse(record.path("administration").path("endedAt").asText()))
			.isEqualTo(Instant.parse(recordedEnd));
		assertThat(form(record, "ADMINISTRATION_RECORD").path("answers").path("sessionEndedAt").asText())
			.isEqualTo(recordedEnd);
	}

	@Test
	void correctionOverTheDoseCapIsRefusedAndNothingIsStored() {
		Scene scene = administered(SessionFixtures.administration(20, 5.0, 300));

		ResponseEntity<JsonNode> refused = as(scene.administrator()).postForEntity(addenda(scene.session()),
				addendum("administration", "The initial dose was misread.", Map.of("initialDoseMg", 48)),
				JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "over the limit of 50 mg");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("dose-cap");
		assertThat(record(scene.facilitator(), scene.session()).path("addenda")).isEmpty();
	}

	@Test
	void correctionUnderTheMinimumDurationIsRefusedAndNothingIsStored() {
		Map<String, Object> administration = SessionFixtures.administration(20, 5.0, 300);
		Scene scene = administered(administration);
		String tooEarly = Instant.parse((String) administration.get("sessionStartedAt"))
			.plus(Duration.ofHours(1))
			.toString();

		ResponseEntity<JsonNode> refused = as(scene.facilitator()).postForEntity(addenda(scene.session()),
				addendum("administration", "The session ended earlier.", Map.of("sessionEndedAt", tooEarly)),
				JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "must last at least");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("minimum-duration");
		assertThat(record(scene.facilitator(), scene.session()).path("addenda")).isEmpty();
	}

	@Test
	void addendumWithAFieldTheFormDoesNotHaveIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = consentsSigned(facilitator);
		String consents = formId(record(facilitator, session), "CONSENTS_AND_PLANS");

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity(addenda(session),
				addendum(consents, "Add a field.", Map.of("favouriteColour", "blue")), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "This form has no field favouriteColour.");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("favouriteColour");
		assertThat(record(facilitator, session).path("addenda")).isEmpty();
	}

	@Test
	void addendumWithAValueTheFormDoesNotAllowIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = consentsSigned(facilitator);
		String consents = formId(record(facilitator, session), "CONSENTS_AND_PLANS");

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity(addenda(session),
				addendum(consents, "Flying home.", Map.of("transportationMode", "helicopter")), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "must be one of");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("transportationMode");
		assertThat(record(facilitator, session).path("addenda")).isEmpty();
	}

	@Test
	void addendumToARecordTheSessionDoesNotHaveIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = consentsSigned(facilitator);
		UUID unknown = UUID.randomUUID();

		ResponseEntity<JsonNode> unknownForm = as(facilitator).postForEntity(addenda(session),
				addendum(unknown.toString(), "Wrong form.", Map.of("transportationMode", "walking")), JsonNode.class);
		ResponseEntity<JsonNode> noAdministrationYet = as(facilitator).postForEntity(addenda(session),
				addendum("administration", "Too early.", Map.of("productId", "LOT-1")), JsonNode.class);

		assertProblem(unknownForm, HttpStatus.BAD_REQUEST, "no submitted form or record '" + unknown + "'");
		assertThat(unknownForm.getBody().path("field").asText()).isEqualTo("target");
		assertProblem(noAdministrationYet, HttpStatus.BAD_REQUEST, "no submitted form or record 'administration'");
		assertThat(record(facilitator, session).path("addenda")).isEmpty();
	}

	@Test
	void addendumWithoutReasonIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = consentsSigned(facilitator);
		String consents = formId(record(facilitator, session), "CONSENTS_AND_PLANS");

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity(addenda(session),
				Map.of("target", consents, "changes", Map.of("transportationMode", "walking")), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Say why the record is corrected.");
		assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
		assertThat(record(facilitator, session).path("addenda")).isEmpty();
	}

	@Test
	void strangerCannotAddAnAddendum() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = consentsSigned(facilitator);
		String consents = formId(record(facilitator, session), "CONSENTS_AND_PLANS");

		ResponseEntity<JsonNode> refused = as(fixtures.facilitator()).postForEntity(addenda(session),
				addendum(consents, "Not mine.", Map.of("transportationMode", "walking")), JsonNode.class);

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no session " + session);
		assertThat(record(facilitator, session).path("addenda")).isEmpty();
	}

	@Test
	void signedFormsAndTheAdministrationRecordCannotBeEditedOrDeleted() {
		Scene scene = administered(SessionFixtures.administration(20, 5.0, 300));
		JsonNode before = record(scene.facilitator(), scene.session());
		String base = "/api/sessions/" + scene.session();
		List<String> paths = List.of(base + "/forms/" + formId(before, "CONSENTS_AND_PLANS"), base + "/administration");
		Map<String, Object> edit = Map.of("answers", Map.of("transportationMode", "walking"), "initialDoseMg", 1);

		for (String path : paths) {
			for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
				ResponseEntity<JsonNode> byFacilitator = as(scene.facilitator()).exchange(path, method,
						new HttpEntity<>(edit), JsonNode.class);
				ResponseEntity<JsonNode> byCenter = as(scene.administrator()).exchange(path, method,
						new HttpEntity<>(edit), JsonNode.class);
				ResponseEntity<JsonNode> byStranger = as(fixtures.facilitator()).exchange(path, method,
						new HttpEntity<>(edit), JsonNode.class);

				assertProblem(byFacilitator, HttpStatus.CONFLICT, "Record an addendum instead");
				assertThat(byFacilitator.getBody().path("detail").asText()).contains(base + "/addenda");
				assertProblem(byCenter, HttpStatus.CONFLICT, "Record an addendum instead");
				assertProblem(byStranger, HttpStatus.NOT_FOUND, "There is no session " + scene.session());
			}
		}
		JsonNode after = record(scene.facilitator(), scene.session());
		assertThat(after.path("forms")).isEqualTo(before.path("forms"));
		assertThat(after.path("administration")).isEqualTo(before.path("administration"));
		assertThat(after.path("addenda")).isEmpty();
	}

	// ---- Denials ----

	@Test
	void screeningHardStopIsRecordedAsTheDenial() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("lithiumLast30Days", "yes");

		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, screening);

		JsonNode record = record(facilitator, session);
		assertThat(record.path("session").path("status").asText()).isEqualTo("DENIED");
		JsonNode denial = record.path("denial");
		assertThat(denial.path("code").asText()).isEqualTo("SCREENING_HARD_STOP");
		assertThat(denial.path("reason").asText()).isNotBlank().isEqualTo(record.path("screeningReasons").asText());
		assertThat(denial.path("decidedBy").asText()).isEqualTo(facilitator.username());
		assertThat(Instant.parse(denial.path("decidedAt").asText())).isBefore(Instant.now());
	}

	@Test
	void reviewDecisionToDenyIsRecordedAsFacilitatorJudgement() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("currentTreatment", "yes");
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, screening);
		String rationale = "The client's current treatment rules out a session for now.";

		fixtures.complete(facilitator, session, SessionStep.SCREENING_REVIEW,
				Map.of("reviewDecision", "deny", "reviewRationale", rationale));

		JsonNode record = record(facilitator, session);
		assertThat(record.path("session").path("status").asText()).isEqualTo("DENIED");
		assertThat(record.path("denial").path("code").asText()).isEqualTo("FACILITATOR_JUDGEMENT");
		assertThat(record.path("denial").path("reason").asText()).isEqualTo(rationale);
		assertThat(record.path("denial").path("decidedBy").asText()).isEqualTo(facilitator.username());
	}

	@Test
	void withdrawalIsRecordedAsTheClientWithdrawing() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());

		as(facilitator).postForEntity("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "WITHDRAWN", "reason", "The client changed their mind."), JsonNode.class);

		JsonNode denial = record(facilitator, session).path("denial");
		assertThat(denial.path("code").asText()).isEqualTo("CLIENT_WITHDREW");
		assertThat(denial.path("reason").asText()).isEqualTo("The client changed their mind.");
		assertThat(denial.path("decidedBy").asText()).isEqualTo(facilitator.username());
	}

	@Test
	void plainCancellationIsNoDenial() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);

		as(fixtures.administratorOf(center)).postForEntity("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "CANCELLED", "reason", "The center closed for repairs."), JsonNode.class);

		JsonNode record = record(facilitator, session);
		assertThat(record.path("session").path("status").asText()).isEqualTo("CANCELLED");
		assertThat(record.path("denial").isNull()).isTrue();
	}

	@Test
	void facilitatorDeniesServicesForIncompleteFormsAndTheProcessEnds() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		String reason = "The client would not sign the safety and support plan.";

		ResponseEntity<JsonNode> denied = as(facilitator).postForEntity("/api/sessions/" + session + "/denial",
				Map.of("code", "INCOMPLETE_FORMS", "reason", reason), JsonNode.class);

		assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(denied.getBody().path("code").asText()).isEqualTo("INCOMPLETE_FORMS");
		assertThat(denied.getBody().path("reason").asText()).isEqualTo(reason);
		assertThat(denied.getBody().path("decidedBy").asText()).isEqualTo(facilitator.username());
		JsonNode record = record(facilitator, session);
		assertThat(record.path("session").path("status").asText()).isEqualTo("DENIED");
		assertThat(record.path("session").path("phase").asText()).isEqualTo("CLOSED");
		assertThat(record.path("closeReason").asText()).isEqualTo(reason);
		assertThat(record.path("denial").path("code").asText()).isEqualTo("INCOMPLETE_FORMS");
		assertThat(record.path("openTasks")).isEmpty();
		assertThat(as(facilitator).getForObject("/api/tasks", JsonNode.class)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(session.toString()).count())
			.isZero();
	}

	@Test
	void centerAdministratorCannotDenyServices() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);

		ResponseEntity<JsonNode> refused = as(fixtures.administratorOf(center)).postForEntity(
				"/api/sessions/" + session + "/denial", Map.of("code", "OTHER", "reason", "The center says no."),
				JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "Only the session's facilitator can deny services.");
		JsonNode record = record(facilitator, session);
		assertThat(record.path("session").path("status").asText()).isEqualTo("ACTIVE");
		assertThat(record.path("denial").isNull()).isTrue();
	}

	@Test
	void screeningHardStopCannotBeChosenByHand() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions/" + session + "/denial",
				Map.of("code", "SCREENING_HARD_STOP", "reason", "Lithium."), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Screening denies by itself");
		assertThat(refused.getBody().path("field").asText()).isEqualTo("code");
		assertThat(record(facilitator, session).path("session").path("status").asText()).isEqualTo("ACTIVE");
	}

	@Test
	void servicesCannotBeDeniedOnceProductIsConsumed() {
		Scene scene = scheduled();
		fixtures.complete(scene.administrator(), scene.session(), SessionStep.CHECK_IN, SessionFixtures.checkIn());

		ResponseEntity<JsonNode> refused = as(scene.facilitator()).postForEntity(
				"/api/sessions/" + scene.session() + "/denial",
				Map.of("code", "FACILITATOR_JUDGEMENT", "reason", "Second thoughts."), JsonNode.class);

		assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "the client consumed product");
		assertThat(refused.getBody().path("rule").asText()).isEqualTo("consumed");
		JsonNode record = record(scene.facilitator(), scene.session());
		assertThat(record.path("session").path("status").asText()).isEqualTo("ACTIVE");
		assertThat(record.path("denial").isNull()).isTrue();
		assertThat(steps(record.path("openTasks"))).containsExactly("ADMINISTRATION_RECORD");
	}

	@Test
	void closedSessionCannotBeDenied() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		as(facilitator).postForEntity("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "WITHDRAWN", "reason", "The client moved away."), JsonNode.class);

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/sessions/" + session + "/denial",
				Map.of("code", "OTHER", "reason", "Too late."), JsonNode.class);

		assertProblem(refused, HttpStatus.CONFLICT, "This session is withdrawn");
		JsonNode record = record(facilitator, session);
		assertThat(record.path("session").path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(record.path("denial").path("code").asText()).isEqualTo("CLIENT_WITHDREW");
	}

	// ---- Building sessions ----

	/** Prepared an hour ago at a center: the center's scheduling task is open. */
	private Scene prepared() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		return new Scene(facilitator, administrator, center, session);
	}

	/** Prepared an hour ago and scheduled for tomorrow: the center's check-in is open. */
	private Scene scheduled() {
		Scene scene = prepared();
		fixtures.complete(scene.administrator(), scene.session(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1))));
		return scene;
	}

	/** Checked in and the administration recorded with the given form values. */
	private Scene administered(Map<String, Object> administration) {
		Scene scene = scheduled();
		fixtures.complete(scene.administrator(), scene.session(), SessionStep.CHECK_IN, SessionFixtures.checkIn());
		fixtures.complete(scene.administrator(), scene.session(), SessionStep.ADMINISTRATION_RECORD, administration);
		return scene;
	}

	/** A session without a center whose client information and consents are submitted. */
	private UUID consentsSigned(CurrentUser facilitator) {
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		return session;
	}

	// ---- Requests and answers ----

	private static Map<String, Object> event(String kind, String severity, String narrative, Instant occurredAt) {
		Map<String, Object> event = new HashMap<>();
		event.put("kind", kind);
		if (severity != null) {
			event.put("severity", severity);
		}
		event.put("emergencyServicesCalled", false);
		event.put("medicalCareProvided", false);
		event.put("narrative", narrative);
		event.put("occurredAt", occurredAt.toString());
		return event;
	}

	private static Map<String, Object> addendum(String target, String reason, Map<String, Object> changes) {
		return Map.of("target", target, "reason", reason, "changes", changes);
	}

	private static JsonNode change(String field, String from, String to) {
		return JSON.createObjectNode().set(field, JSON.createObjectNode().put("from", from).put("to", to));
	}

	private static void assertEvent(JsonNode event, String kind, String severity, boolean emergencyServicesCalled,
			boolean medicalCareProvided, String narrative, Instant occurredAt, CurrentUser recordedBy) {
		assertThat(event.path("kind").asText()).isEqualTo(kind);
		assertThat(event.path("severity").asText()).isEqualTo(severity);
		assertThat(event.path("emergencyServicesCalled").asBoolean()).isEqualTo(emergencyServicesCalled);
		assertThat(event.path("medicalCareProvided").asBoolean()).isEqualTo(medicalCareProvided);
		assertThat(event.path("narrative").asText()).isEqualTo(narrative);
		assertThat(Instant.parse(event.path("occurredAt").asText())).isEqualTo(occurredAt);
		assertThat(event.path("recordedBy").asText()).isEqualTo(recordedBy.username());
	}

	private JsonNode record(CurrentUser user, UUID session) {
		ResponseEntity<JsonNode> record = as(user).getForEntity("/api/sessions/" + session, JsonNode.class);
		assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
		return record.getBody();
	}

	private List<String> openTaskIds(Scene scene) {
		List<String> ids = new ArrayList<>();
		record(scene.facilitator(), scene.session()).path("openTasks")
			.forEach(task -> ids.add(task.path("id").asText()));
		return ids;
	}

	private static JsonNode form(JsonNode record, String step) {
		for (JsonNode form : record.path("forms")) {
			if (form.path("step").asText().equals(step)) {
				return form;
			}
		}
		throw new AssertionError("The record has no form " + step + ": " + record);
	}

	private static String formId(JsonNode record, String step) {
		return form(record, step).path("id").asText();
	}

	private static List<String> steps(JsonNode tasks) {
		List<String> steps = new ArrayList<>();
		tasks.forEach(task -> steps.add(task.path("step").asText()));
		return steps;
	}

	private static String events(Scene scene) {
		return "/api/sessions/" + scene.session() + "/events";
	}

	private static String addenda(UUID session) {
		return "/api/sessions/" + session + "/addenda";
	}

	private TestRestTemplate as(CurrentUser user) {
		return restTemplate.withBasicAuth(user.username(), SessionFixtures.PASSWORD);
	}

}
