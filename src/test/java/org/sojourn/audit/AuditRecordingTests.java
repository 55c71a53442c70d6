package org.sojourn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.IntegrationReminders;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every read and change of a client or session record leaves an entry: who, when, what and from where, whichever door
 * the change came through.
 */
@SojournTest
class AuditRecordingTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private IntegrationReminders reminders;

	private SojournHttp http;

	@BeforeEach
	void connect() {
		http = SojournHttp.onPort(port);
	}

	@Test
	void readingAClientLeavesAReadEntryWithActorTimeWhatAndSource() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Instant before = Instant.now();

		assertThat(as(facilitator).get("/api/clients/" + client).status()).isEqualTo(200);

		JsonNode read = only(trail(facilitator, "/api/clients/" + client + "/audit"));
		assertThat(read.path("actor").asText()).isEqualTo(facilitator.username());
		assertThat(read.path("action").asText()).isEqualTo("READ");
		assertThat(read.path("recordType").asText()).isEqualTo("CLIENT");
		assertThat(read.path("recordId").asText()).isEqualTo(client.toString());
		assertThat(read.path("what").asText()).isEqualTo("GET /api/clients/{id}");
		assertThat(read.path("outcome").asText()).isEqualTo("200");
		assertThat(Instant.parse(read.path("occurredAt").asText())).isBetween(before, Instant.now());
		assertFromThisMachine(read);
	}

	@Test
	void readingASessionLeavesAReadEntryWithActorTimeWhatAndSource() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Instant before = Instant.now();

		assertThat(as(facilitator).get("/api/sessions/" + session).status()).isEqualTo(200);

		JsonNode read = only(trail(facilitator, "/api/sessions/" + session + "/audit"));
		assertThat(read.path("actor").asText()).isEqualTo(facilitator.username());
		assertThat(read.path("action").asText()).isEqualTo("READ");
		assertThat(read.path("recordType").asText()).isEqualTo("SESSION");
		assertThat(read.path("recordId").asText()).isEqualTo(session.toString());
		assertThat(read.path("what").asText()).isEqualTo("GET /api/sessions/{id}");
		assertThat(read.path("outcome").asText()).isEqualTo("200");
		assertThat(Instant.parse(read.path("occurredAt").asText())).isBetween(before, Instant.now());
		assertFromThisMachine(read);
	}

	@Test
	void creatingAndUpdatingAClientLeaveCreateAndUpdateEntriesNewestFirst() {
		CurrentUser facilitator = fixtures.facilitator();
		Reply created = as(facilitator).post("/api/clients", profile("Client " + SessionFixtures.unique("Ari")));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String client = created.json().path("id").asText();
		Reply updated = as(facilitator).put("/api/clients/" + client,
				profile("Client " + SessionFixtures.unique("Ari Renamed")));
		assertThat(updated.status()).as("%s", updated).isEqualTo(200);

		List<JsonNode> entries = trail(facilitator, "/api/clients/" + client + "/audit");

		assertThat(entries).extracting(entry -> entry.path("action").asText()).containsExactly("UPDATE", "CREATE");
		assertThat(entries).extracting(entry -> entry.path("what").asText())
			.containsExactly("PUT /api/clients/{id}", "POST /api/clients");
		assertThat(entries).extracting(entry -> entry.path("outcome").asText()).containsExactly("200", "201");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.path("actor").asText()).isEqualTo(facilitator.username());
			assertThat(entry.path("recordId").asText()).isEqualTo(client);
		});
	}

	@Test
	void creatingAndCancellingASessionLeaveCreateAndCancelEntries() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Reply created = as(facilitator).post("/api/sessions", Map.of("clientId", client));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String session = created.json().path("id").asText();
		Reply cancelled = as(facilitator).post("/api/sessions/" + session + "/cancellation",
				Map.of("kind", "WITHDRAWN", "reason", "The client moved away."));
		assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);

		List<JsonNode> requests = trail(facilitator, "/api/sessions/" + session + "/audit").stream()
			.filter(entry -> entry.path("what").asText().startsWith("POST "))
			.toList();

		assertThat(requests).extracting(entry -> entry.path("action").asText()).containsExactly("CANCEL", "CREATE");
		assertThat(requests).extracting(entry -> entry.path("what").asText())
			.containsExactly("POST /api/sessions/{id}/cancellation", "POST /api/sessions");
	}

	@Test
	void denyingASessionLeavesDenyEntriesForTheRequestAndTheChange() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		Reply denied = as(facilitator).post("/api/sessions/" + session + "/denial",
				Map.of("code", "FACILITATOR_JUDGEMENT", "reason", "Not the right time for the client."));
		assertThat(denied.status()).as("%s", denied).isEqualTo(200);

		List<JsonNode> entries = trail(facilitator, "/api/sessions/" + session + "/audit");
		assertThat(entries).extracting(entry -> entry.path("action").asText()).containsExactly("DENY", "DENY");
		assertThat(entries).extracting(entry -> entry.path("what").asText())
			.containsExactly("POST /api/sessions/{id}/denial", "denied: FACILITATOR_JUDGEMENT");
		assertThat(entries.toString()).doesNotContain("Not the right time");
	}

	@Test
	void completingATaskThroughTheApiLeavesACompleteEntry() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();

		Reply completed = as(facilitator).post("/api/tasks/" + task + "/completion",
				Map.of("data", SessionFixtures.clearScreening()));
		assertThat(completed.status()).as("%s", completed).isEqualTo(204);

		JsonNode complete = only(trail(facilitator, "/api/sessions/" + session + "/audit"));
		assertThat(complete.path("action").asText()).isEqualTo("COMPLETE");
		assertThat(complete.path("what").asText()).isEqualTo("form CLIENT_INFORMATION submitted");
		assertThat(complete.path("actor").asText()).isEqualTo(facilitator.username());
		assertThat(complete.path("outcome").asText()).isEqualTo("ok");
		assertFromThisMachine(complete);
	}

	@Test
	void completingATaskThroughEngineRestLeavesACompleteEntry() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();

		Reply submitted = as(facilitator).post("/engine-rest/task/" + task + "/submit-form",
				Map.of("variables", typed(SessionFixtures.clearScreening())));
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(204);

		JsonNode complete = only(trail(facilitator, "/api/sessions/" + session + "/audit"));
		assertThat(complete.path("action").asText()).isEqualTo("COMPLETE");
		assertThat(complete.path("what").asText()).isEqualTo("form CLIENT_INFORMATION submitted");
		assertThat(complete.path("actor").asText()).isEqualTo(facilitator.username());
		assertFromThisMachine(complete);
	}

	@Test
	void changeMadeWithoutAnHttpRequestComesFromTheEngine() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());

		JsonNode complete = only(trail(facilitator, "/api/sessions/" + session + "/audit"));
		assertThat(complete.path("action").asText()).isEqualTo("COMPLETE");
		assertThat(complete.path("source").asText()).isEqualTo("engine");
	}

	@Test
	void theIntegrationReminderIsLoggedAsAnUpdateByTheEngine() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.sessionInIntegration(facilitator);

		reminders.remind(session);

		JsonNode reminded = trail(facilitator, "/api/sessions/" + session + "/audit").get(0);
		assertThat(reminded.path("actor").asText()).isEqualTo("engine");
		assertThat(reminded.path("action").asText()).isEqualTo("UPDATE");
		assertThat(reminded.path("what").asText()).isEqualTo("integration overdue: facilitator reminded");
		assertThat(reminded.path("source").asText()).isEqualTo("engine");
	}

	@Test
	void refusedReadOfAnotherFacilitatorsSessionIsLoggedWithItsStatus() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser stranger = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		assertThat(as(stranger).get("/api/sessions/" + session).status()).isEqualTo(404);

		JsonNode refused = only(trail(facilitator, "/api/sessions/" + session + "/audit"));
		assertThat(refused.path("actor").asText()).isEqualTo(stranger.username());
		assertThat(refused.path("action").asText()).isEqualTo("READ");
		assertThat(refused.path("outcome").asText()).isEqualTo("404");
	}

	@Test
	void viewingATrailIsLoggedAsAReadOfTheTrail() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		assertThat(trail(facilitator, "/api/clients/" + client + "/audit")).isEmpty();

		JsonNode viewed = only(trail(facilitator, "/api/clients/" + client + "/audit"));
		assertThat(viewed.path("action").asText()).isEqualTo("READ");
		assertThat(viewed.path("what").asText()).isEqualTo("audit trail viewed");
	}

	@Test
	void listsAreNotLoggedPerRecord() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		CurrentUser operator = fixtures.operator();

		assertThat(as(facilitator).get("/api/clients?size=100").status()).isEqualTo(200);
		assertThat(as(facilitator).get("/api/sessions?size=100").status()).isEqualTo(200);

		assertThat(trail(operator, "/api/audit?actor=" + facilitator.username())).isEmpty();
		assertThat(trail(facilitator, "/api/sessions/" + session + "/audit")).isEmpty();
	}

	@Test
	void anonymousRequestsLeaveNoEntry() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		assertThat(http.anonymous().get("/api/sessions/" + session).status()).isEqualTo(401);

		assertThat(trail(facilitator, "/api/sessions/" + session + "/audit")).isEmpty();
	}

	// ---- Helpers ----

	private SojournHttp.Door as(CurrentUser user) {
		return http.basic(user.username());
	}

	/** The entries of a trail page, newest first; fails unless the page is answered. */
	private List<JsonNode> trail(CurrentUser user, String path) {
		Reply reply = as(user).get(path);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		reply.json().path("content").forEach(entries::add);
		return entries;
	}

	private static JsonNode only(List<JsonNode> entries) {
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	/** The tests' HTTP client connects to localhost, so the source is a loopback address. */
	private static void assertFromThisMachine(JsonNode entry) {
		String source = entry.path("source").asText();
		try {
			assertThat(InetAddress.getByName(source).isLoopbackAddress()).as("source %s", source).isTrue();
		}
		catch (UnknownHostException e) {
			throw new AssertionError("source is no address: " + source, e);
		}
	}

	private static Map<String, Object> profile(String legalName) {
		Map<String, Object> profile = new HashMap<>();
		profile.put("legalName", legalName);
		profile.put("dateOfBirth", LocalDate.of(1985, 3, 14).toString());
		return profile;
	}

	/** Form values as Tasklist submits them: each a typed variable. */
	private static Map<String, Object> typed(Map<String, Object> data) {
		Map<String, Object> variables = new LinkedHashMap<>();
		data.forEach((key, value) -> variables.put(key,
				Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
		return variables;
	}

}
