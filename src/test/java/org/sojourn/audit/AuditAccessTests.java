package org.sojourn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.repository.CrudRepository;

/**
 * Who sees which trail: a client's to its facilitator, a session's to its facilitator and its center's
 * administrators, all of it (as metadata only) to operators; to anyone else a trail does not exist. Nobody can
 * change it.
 */
@SojournTest
class AuditAccessTests {

	/** Every field an entry has; none of them can hold a record's content. */
	private static final List<String> ENTRY_FIELDS = List.of("id", "occurredAt", "actor", "action", "recordType",
			"recordId", "what", "outcome", "source");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	private SojournHttp http;

	@BeforeEach
	void connect() {
		http = SojournHttp.onPort(port);
	}

	@Test
	void ownerSeesTheirClientsTrailAndNobodyElseFindsIt() {
		CurrentUser owner = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		as(owner).get("/api/clients/" + client);
		ServiceCenter center = fixtures.center();
		String trail = "/api/clients/" + client + "/audit";

		Reply own = as(owner).get(trail);
		assertThat(own.status()).as("%s", own).isEqualTo(200);
		assertThat(own.ids("content", "recordId")).containsExactly(client.toString());

		for (CurrentUser other : List.of(fixtures.facilitator(), fixtures.administratorOf(center), fixtures.operator())) {
			Reply refused = as(other).get(trail);
			assertThat(refused.status()).as("%s as %s", refused, other.username()).isEqualTo(404);
			assertThat(refused.body()).doesNotContain(owner.username());
		}
		assertThat(as(owner).get("/api/clients/" + UUID.randomUUID() + "/audit").status()).isEqualTo(404);
	}

	@Test
	void sessionsFacilitatorAndCenterAdministratorSeeItsTrailAndNobodyElseFindsIt() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		as(facilitator).get("/api/sessions/" + session);
		String trail = "/api/sessions/" + session + "/audit";

		for (CurrentUser allowed : List.of(facilitator, administrator)) {
			Reply reply = as(allowed).get(trail);
			assertThat(reply.status()).as("%s as %s", reply, allowed.username()).isEqualTo(200);
			assertThat(reply.ids("content", "actor")).contains(facilitator.username());
		}
		for (CurrentUser other : List.of(fixtures.administratorOf(fixtures.center()), fixtures.facilitator(),
				fixtures.operator())) {
			Reply refused = as(other).get(trail);
			assertThat(refused.status()).as("%s as %s", refused, other.username()).isEqualTo(404);
			assertThat(refused.body()).doesNotContain(facilitator.username());
		}
		assertThat(as(facilitator).get("/api/sessions/" + UUID.randomUUID() + "/audit").status()).isEqualTo(404);
	}

	@Test
	void operatorSearchesByActorAndByRecordAndSeesNoRecordContent() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser operator = fixtures.operator();
		String name = "Zephyrine " + SessionFixtures.unique("Quillfeather");
		String note = "Told me about " + SessionFixtures.unique("a private matter");
		Reply created = as(facilitator).post("/api/clients", profile(name));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String client = created.json().path("id").asText();
		assertThat(as(facilitator).get("/api/clients/" + client).body()).contains(name);
		Reply session = as(facilitator).post("/api/sessions", Map.of("clientId", client));
		assertThat(session.status()).as("%s", session).isEqualTo(201);
		UUID sessionId = UUID.fromString(session.json().path("id").asText());
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("screeningNotes", note);
		String task = fixtures.openTask(facilitator, sessionId, SessionStep.CLIENT_INFORMATION).id();
		assertThat(as(facilitator).post("/api/tasks/" + task + "/completion", Map.of("data", screening)).status())
			.isEqualTo(204);
		assertThat(as(facilitator).get("/api/sessions/" + sessionId).body()).contains(note);

		Reply byActor = as(operator).get("/api/audit?size=100&actor=" + facilitator.username());
		Reply byClient = as(operator).get("/api/audit?size=100&recordId=" + client);
		Reply bySession = as(operator).get("/api/audit?size=100&recordType=SESSION&recordId=" + sessionId);

		assertThat(byActor.status()).as("%s", byActor).isEqualTo(200);
		assertThat(byActor.ids("content", "actor")).hasSize(5).containsOnly(facilitator.username());
		assertThat(byActor.ids("content", "action")).containsExactly("READ", "COMPLETE", "CREATE", "READ", "CREATE");
		assertThat(byClient.ids("content", "action")).containsExactly("READ", "CREATE");
		assertThat(byClient.ids("content", "recordId")).containsOnly(client);
		assertThat(bySession.ids("content", "what")).containsExactly("GET /api/sessions/{id}",
				"form CLIENT_INFORMATION submitted", "POST /api/sessions");
		for (Reply reply : List.of(byActor, byClient, bySession)) {
			assertThat(reply.body()).doesNotContain(name)
				.doesNotContain("Zephyrine")
				.doesNotContain("zephyrine@example.org")
				.doesNotContain(note);
			reply.json().path("content").forEach(entry -> assertThat(fieldsOf(entry)).isEqualTo(ENTRY_FIELDS));
		}
	}

	@Test
	void operatorSearchesByTime() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser operator = fixtures.operator();
		UUID client = fixtures.client(facilitator);
		Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
		as(facilitator).get("/api/clients/" + client);
		Instant after = Instant.now().plus(1, ChronoUnit.SECONDS);
		String search = "/api/audit?recordType=CLIENT&recordId=" + client;

		assertThat(as(operator).get(search + "&from=" + before + "&to=" + after).ids("content", "recordId"))
			.containsExactly(client.toString());
		assertThat(as(operator).get(search + "&from=" + after).ids("content", "recordId")).isEmpty();
		assertThat(as(operator).get(search + "&to=" + before).ids("content", "recordId")).isEmpty();
		assertThat(as(operator).get("/api/audit?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void onlyOperatorsMaySearchTheTrail() {
		ServiceCenter center = fixtures.center();
		for (CurrentUser user : List.of(fixtures.facilitator(), fixtures.administratorOf(center))) {
			Reply refused = as(user).get("/api/audit?actor=" + user.username());
			assertThat(refused.status()).as("%s as %s", refused, user.username()).isEqualTo(403);
			assertThat(refused.json().path("title").asText()).isEqualTo("Not allowed");
		}
		assertThat(http.anonymous().get("/api/audit").status()).isEqualTo(401);
	}

	@Test
	void theTrailCannotBeChangedOrDeletedThroughTheApi() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		UUID client = fixtures.client(facilitator);
		CurrentUser operator = fixtures.operator();
		as(facilitator).get("/api/sessions/" + session);
		Map<String, Object> entry = Map.of("actor", "nobody", "action", "READ", "what", "forged");

		for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
			assertThat(as(facilitator).send(method, "/api/sessions/" + session + "/audit", entry).status())
				.as(method + " the session's trail").isEqualTo(405);
			assertThat(as(facilitator).send(method, "/api/clients/" + client + "/audit", entry).status())
				.as(method + " the client's trail").isEqualTo(405);
			assertThat(as(operator).send(method, "/api/audit", entry).status()).as(method + " the trail")
				.isEqualTo(405);
		}
		Reply trail = as(facilitator).get("/api/sessions/" + session + "/audit");
		assertThat(trail.ids("content", "what")).doesNotContain("forged");
		assertThat(trail.ids("content", "actor")).doesNotContain("nobody");
	}

	@Test
	void theTrailsRepositoryHasNoWayToChangeOrDeleteAnEntry() {
		assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
		List<String> methods = Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName).toList();
		assertThat(methods).containsOnly("save", "search");
		assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods()).map(Method::getName))
			.noneMatch(method -> method.startsWith("set"));
	}

	// ---- Helpers ----

	private SojournHttp.Door as(CurrentUser user) {
		return http.basic(user.username());
	}

	private static List<String> fieldsOf(JsonNode entry) {
		List<String> fields = new ArrayList<>();
		entry.fieldNames().forEachRemaining(fields::add);
		return fields;
	}

	private static Map<String, Object> profile(String legalName) {
		Map<String, Object> profile = new HashMap<>();
		profile.put("legalName", legalName);
		profile.put("preferredName", legalName.split(" ")[0]);
		profile.put("dateOfBirth", LocalDate.of(1985, 3, 14).toString());
		profile.put("email", "zephyrine@example.org");
		return profile;
	}

}
