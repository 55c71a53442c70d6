package org.sojourn.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;

/** POST requests with an Idempotency-Key, over real HTTP: retried, they answer the first result and write once. */
@SojournTest
class IdempotencyTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private IdempotencyKeys keys;

	@Autowired
	private ExpiredKeyCleanup cleanup;

	@Autowired
	private IdempotencyProperties properties;

	private KeyedRequests requests() {
		return new KeyedRequests(SojournHttp.onPort(port).base());
	}

	@Test
	void retriedClientCreationAnswersTheFirstResultAgainAndWritesNothingMore() {
		CurrentUser facilitator = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		Map<String, Object> profile = profile("Robin Retry");

		Reply first = requests().post(facilitator, "/api/clients", key, profile);
		Reply retry = requests().post(facilitator, "/api/clients", key, profile);

		assertThat(first.status()).as("%s", first).isEqualTo(201);
		assertThat(retry.status()).as("%s", retry).isEqualTo(201);
		assertThat(retry.location()).isEqualTo(first.location()).isNotEmpty();
		assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(retry.headers().firstValue(KeyAnswers.REPLAYED)).hasValue("true");
		assertThat(first.headers().firstValue(KeyAnswers.REPLAYED)).isEmpty();
		assertThat(count("select count(*) from app.client where facilitator_username = ?", facilitator.username()))
			.isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedAndWritesNothing() {
		CurrentUser facilitator = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		requests().post(facilitator, "/api/clients", key, profile("Robin First"));

		Reply other = requests().post(facilitator, "/api/clients", key, profile("Robin Second"));

		assertProblem(other, 422);
		assertThat(other.json().path("detail").asText()).contains("another body or endpoint");
		assertThat(count("select count(*) from app.client where facilitator_username = ?", facilitator.username()))
			.isEqualTo(1);
	}

	@Test
	void aBodyTooLargeToKeepForRetriesIsRefusedBeforeItRuns() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Map<String, Object> huge = Map.of("text", "x".repeat(1024 * 1024));

		Reply refused = requests().post(facilitator, "/api/clients/" + client + "/notes", UUID.randomUUID().toString(),
				huge);

		assertProblem(refused, 413);
		assertThat(refused.json().path("detail").asText()).contains("at most 1024 KB");
		assertThat(count("select count(*) from app.client_note where client_id = ?", client)).isZero();
	}

	@Test
	void theSameKeyOnAnotherEndpointIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String key = UUID.randomUUID().toString();
		Map<String, Object> text = Map.of("text", "First conversation went well.");
		assertThat(requests().post(facilitator, "/api/clients/" + client + "/notes", key, text).status()).isEqualTo(201);

		Reply other = requests().post(facilitator, "/api/clients", key, text);

		assertProblem(other, 422);
	}

	@Test
	void anotherUserWithTheSameKeyGetsTheirOwnResult() {
		CurrentUser one = fixtures.facilitator();
		CurrentUser other = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		Map<String, Object> profile = profile("Sam Shared");

		Reply first = requests().post(one, "/api/clients", key, profile);
		Reply second = requests().post(other, "/api/clients", key, profile);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.location()).isNotEqualTo(first.location());
		assertThat(second.headers().firstValue(KeyAnswers.REPLAYED)).isEmpty();
		assertThat(count("select count(*) from app.client where facilitator_username = ?", other.username()))
			.isEqualTo(1);
		assertThat(requests().get(other, first.location()).status()).isEqualTo(404);
	}

	@Test
	void aRefusedRequestKeepsNothingSoTheSameKeyCanBeSentAgain() {
		CurrentUser facilitator = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		Map<String, Object> incomplete = new HashMap<>(profile("Robin Refused"));
		incomplete.remove("dateOfBirth");

		Reply refused = requests().post(facilitator, "/api/clients", key, incomplete);
		Reply refusedAgain = requests().post(facilitator, "/api/clients", key, incomplete);
		Reply corrected = requests().post(facilitator, "/api/clients", key, profile("Robin Refused"));

		assertProblem(refused, 400);
		assertProblem(refusedAgain, 400);
		assertThat(refusedAgain.headers().firstValue(KeyAnswers.REPLAYED)).isEmpty();
		assertThat(corrected.status()).as("%s", corrected).isEqualTo(201);
		assertThat(count("select count(*) from app.client where facilitator_username = ?", facilitator.username()))
			.isEqualTo(1);
	}

	@Test
	void theAuditTrailKeepsTheFirstRequestAndARefusalButNotTheReplay() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String notes = "/api/clients/" + client + "/notes";
		Map<String, Object> text = Map.of("text", "Asked about integration circles.");

		Reply refused = requests().post(facilitator, notes, UUID.randomUUID().toString(), Map.of("text", ""));
		String key = UUID.randomUUID().toString();
		requests().post(facilitator, notes, key, text);
		requests().post(facilitator, notes, key, text);

		assertProblem(refused, 400);
		assertThat(count("select count(*) from app.audit_event where record_id = ? and what = ? and outcome = ?",
				client, "POST /api/clients/{id}/notes", "400")).as("the refusal, although its transaction rolled back")
			.isEqualTo(1);
		assertThat(count("select count(*) from app.audit_event where record_id = ? and what = ? and outcome = ?",
				client, "POST /api/clients/{id}/notes", "201")).as("the first request, not its replay").isEqualTo(1);
	}

	@Test
	void retriedTaskCompletionAnswersTheFirstResultAndSubmitsTheFormOnce() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();
		String key = UUID.randomUUID().toString();
		Map<String, Object> completion = Map.of("data", SessionFixtures.clearScreening());

		Reply first = requests().post(facilitator, "/api/tasks/" + task + "/completion", key, completion);
		Reply retry = requests().post(facilitator, "/api/tasks/" + task + "/completion", key, completion);

		assertThat(first.status()).as("%s", first).isEqualTo(204);
		assertThat(retry.status()).as("%s", retry).isEqualTo(204);
		assertThat(retry.headers().firstValue(KeyAnswers.REPLAYED)).hasValue("true");
		assertThat(count("select count(*) from app.submitted_form where session_id = ?", session)).isEqualTo(1);
		assertThat(fixtures.openTask(facilitator, session, SessionStep.CONSENTS_AND_PLANS)).isNotNull();
		assertThat(requests().post(facilitator, "/api/tasks/" + task + "/completion", UUID.randomUUID().toString(),
				completion).status()).as("the same completion under another key: the task is done").isEqualTo(409);
	}

	@Test
	void retriedSessionNoteEventAndAddendumEachWriteOnce() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID client = fixtures.client(facilitator);
		fixtures.enroll(facilitator, center);
		Map<String, Object> newSession = Map.of("clientId", client.toString(), "centerId", center.getId().toString());

		JsonNode created = twice(facilitator, "/api/sessions", newSession, 201);
		UUID session = UUID.fromString(created.path("id").asText());
		twice(facilitator, "/api/clients/" + client + "/notes", Map.of("text", "Prefers mornings."), 201);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		fixtures.complete(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1))));
		twice(administrator, "/api/sessions/" + session + "/events", event(), 201);
		String consents = jdbc.queryForObject(
				"select cast(id as varchar(36)) from app.submitted_form where session_id = ? and step = ?",
				String.class, session, SessionStep.CONSENTS_AND_PLANS.name());
		twice(facilitator, "/api/sessions/" + session + "/addenda", Map.of("target", consents, "reason",
				"The client will take the bus.", "changes", Map.of("transportationMode", "public_transit")), 201);

		assertThat(count("select count(*) from app.service_session where client_id = ?", client)).isEqualTo(1);
		assertThat(count("select count(*) from app.client_note where client_id = ?", client)).isEqualTo(1);
		assertThat(count("select count(*) from app.administration_event where session_id = ?", session)).isEqualTo(1);
		assertThat(count("select count(*) from app.addendum where session_id = ?", session)).isEqualTo(1);
	}

	@Test
	void retriedUploadWithANewMultipartBoundaryAnswersTheFirstDocument() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String key = UUID.randomUUID().toString();
		byte[] text = "Intake notes, typed.\n".getBytes(StandardCharsets.UTF_8);
		String path = "/api/clients/" + client + "/documents";

		Reply first = requests().upload(facilitator, path, key, "intake.txt", text);
		Reply retry = requests().upload(facilitator, path, key, "intake.txt", text);
		Reply another = requests().upload(facilitator, path, key, "intake.txt", "Other.".getBytes());

		assertThat(first.status()).as("%s", first).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(retry.location()).isEqualTo(first.location());
		assertProblem(another, 422);
		assertThat(count("select count(*) from app.client_document where client_id = ?", client)).isEqualTo(1);
	}

	@Test
	void aRetryWhileTheFirstRequestStillRunsIsRefused() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		Map<String, Object> profile = profile("Robin Running");
		// The first request is running on some node: it claimed the key and has no answer yet.
		keys.claim(facilitator.username(), key, hashOf("/api/clients", profile));

		Reply retry = requests().post(facilitator, "/api/clients", key, profile);

		assertProblem(retry, 409);
		assertThat(count("select count(*) from app.client where facilitator_username = ?", facilitator.username()))
			.isZero();
	}

	@Test
	void aKeyAbandonedByARequestThatNeverFinishedIsTakenOverAfterTheLockTimeout() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		Map<String, Object> profile = profile("Robin Abandoned");
		keys.claim(facilitator.username(), key, hashOf("/api/clients", profile));
		jdbc.update("update app.idempotency_key set claimed_at = ? where username = ? and idempotency_key = ?",
				at(Instant.now().minus(properties.lockTimeout()).minusSeconds(1)), facilitator.username(), key);

		Reply retry = requests().post(facilitator, "/api/clients", key, profile);
		Reply again = requests().post(facilitator, "/api/clients", key, profile);

		assertThat(retry.status()).as("%s", retry).isEqualTo(201);
		assertThat(again.location()).isEqualTo(retry.location());
		assertThat(count("select count(*) from app.client where facilitator_username = ?", facilitator.username()))
			.isEqualTo(1);
	}

	@Test
	void expiredKeysAreRemovedAndTheirKeyStartsANewRequest() {
		CurrentUser facilitator = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		Map<String, Object> profile = profile("Robin Expired");
		Reply first = requests().post(facilitator, "/api/clients", key, profile);
		jdbc.update("update app.idempotency_key set expires_at = ? where username = ? and idempotency_key = ?",
				at(Instant.now().minusSeconds(1)), facilitator.username(), key);

		cleanup.removeExpired();
		Reply later = requests().post(facilitator, "/api/clients", key, profile("Robin Expired Later"));

		assertThat(count("select count(*) from app.idempotency_key where expires_at < ?", at(Instant.now())))
			.isZero();
		assertThat(later.status()).isEqualTo(201);
		assertThat(later.location()).isNotEqualTo(first.location());
		assertThat(later.headers().firstValue(KeyAnswers.REPLAYED)).isEmpty();
	}

	@Test
	void keysAreKeptForTheConfiguredRetention() {
		CurrentUser facilitator = fixtures.facilitator();
		String key = UUID.randomUUID().toString();
		Instant before = Instant.now();

		requests().post(facilitator, "/api/clients", key, profile("Robin Kept"));

		OffsetDateTime expires = jdbc.queryForObject(
				"select expires_at from app.idempotency_key where username = ? and idempotency_key = ?",
				OffsetDateTime.class, facilitator.username(), key);
		assertThat(properties.retention()).isEqualTo(Duration.ofDays(1));
		assertThat(expires.toInstant()).isBetween(before.plus(properties.retention()),
				Instant.now().plus(properties.retention()));
	}

	@Test
	void aKeyThatIsNotVisibleAsciiIsRefusedBeforeAnythingIsWritten() {
		CurrentUser facilitator = fixtures.facilitator();

		Reply refused = requests().post(facilitator, "/api/clients", "x".repeat(256), profile("Robin Long"));

		assertProblem(refused, 400);
		assertThat(count("select count(*) from app.client where facilitator_username = ?", facilitator.username()))
			.isZero();
	}

	@Test
	void everyPostOfTheApiDescriptionNamesTheHeader() {
		JsonNode paths = SojournHttp.onPort(port).anonymous().get("/api/openapi").json().path("paths");

		assertThat(paths.path("/api/clients").path("post").path("parameters").findValuesAsText("name"))
			.contains("Idempotency-Key");
		assertThat(paths.path("/api/tasks/{taskId}/completion").path("post").path("parameters")
			.findValuesAsText("name")).contains("Idempotency-Key");
		assertThat(paths.path("/api/clients").path("get").path("parameters").findValuesAsText("name"))
			.doesNotContain("Idempotency-Key");
	}

	private JsonNode twice(CurrentUser user, String path, Object body, int status) {
		String key = UUID.randomUUID().toString();
		Reply first = requests().post(user, path, key, body);
		Reply retry = requests().post(user, path, key, body);
		assertThat(first.status()).as("%s", first).isEqualTo(status);
		assertThat(retry.status()).as("%s", retry).isEqualTo(status);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(retry.headers().firstValue(KeyAnswers.REPLAYED)).hasValue("true");
		return first.json();
	}

	private static String hashOf(String path, Object body) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType("application/json");
		request.setContent(KeyedRequests.json(body).getBytes(StandardCharsets.UTF_8));
		return RequestFingerprint.of(request, Long.MAX_VALUE).orElseThrow().hash();
	}

	private long count(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Long.class, arguments);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Map<String, Object> profile(String legalName) {
		return Map.of("legalName", legalName + " " + SessionFixtures.unique("client"), "dateOfBirth", "1980-05-17");
	}

	private static Map<String, Object> event() {
		return Map.of("kind", "BEHAVIORAL_REACTION", "severity", "MILD", "emergencyServicesCalled", false,
				"medicalCareProvided", false, "narrative", "Anxious on arrival; calmed by breathing.", "occurredAt",
				Instant.now().minus(Duration.ofMinutes(5)).toString());
	}

	private static void assertProblem(Reply reply, int status) {
		assertThat(reply.status()).as("%s", reply).isEqualTo(status);
		assertThat(reply.json().path("status").asInt()).as("%s", reply).isEqualTo(status);
		assertThat(reply.json().path("title").asText()).isNotBlank();
	}

}
