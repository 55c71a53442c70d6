package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.StoredState;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the API cannot carry out as sent are refused with a 4xx problem before anything is written: unknown sort
 * keys, pages beyond reach, types it cannot produce or read, broken bodies. Each test sends the request over HTTP and
 * compares what is stored before and after.
 */
@SojournTest
class BadRequestTests {

	private static final String JSON = "application/json";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private DataSource dataSource;

	// ---- Paging and sorting ----

	@Test
	void anUnknownSortKeyIsRefusedWithTheKeysTheListSortsBy() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);

		Reply clients = refusedUnchanged(() -> as(facilitator).get("/api/clients?sort=nosuchfield"), 400);
		Reply sessions = refusedUnchanged(() -> as(facilitator).get("/api/sessions?sort=createdAt,desc,desc"), 400);

		assertThat(clients.json().path("detail").asText()).contains("'nosuchfield'", "legalName", "createdAt");
		assertThat(clients.json().path("sortable").toString()).contains("legalName", "dateOfBirth");
		assertThat(sessions.json().path("detail").asText()).contains("'desc'", "createdAt", "status");
		assertThat(as(facilitator).get("/api/sessions?sort=createdAt,desc").status()).isEqualTo(200);
		assertThat(as(facilitator).get("/api/clients?sort=dateOfBirth,desc&sort=legalName").status()).isEqualTo(200);
	}

	@Test
	void pagesSortedByAKeyManyRowsShareShowEveryRowOnce() {
		CurrentUser facilitator = fixtures.facilitator();
		List<String> created = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			created.add(fixtures.session(facilitator, null).toString());
		}

		List<String> paged = new java.util.ArrayList<>();
		for (int page = 0; page < 7; page++) {
			Reply reply = as(facilitator).get("/api/sessions?sort=status&size=1&page=" + page);
			assertThat(reply.status()).as("%s", reply).isEqualTo(200);
			reply.json().path("content").forEach(session -> paged.add(session.path("id").asText()));
		}

		assertThat(paged).containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void theAuditTrailHasAFixedOrderAndRefusesEverySortKey() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		Reply refused = refusedUnchanged(
				() -> as(facilitator).get("/api/sessions/" + session + "/audit?sort=occurredAt,asc"), 400);

		assertThat(refused.json().path("detail").asText()).contains("fixed order");
		assertThat(refused.json().path("sortable")).isEmpty();
	}

	@Test
	void aPageBeyondWhatAQueryCanSkipIsRefusedWithTheLargestPage() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		UUID session = fixtures.session(facilitator, null);
		CurrentUser operator = fixtures.operator();

		for (String list : List.of("/api/clients", "/api/sessions", "/api/clients/" + client + "/audit",
				"/api/sessions/" + session + "/audit")) {
			Reply refused = refusedUnchanged(() -> as(facilitator).get(list + "?page=2147483647"), 400);
			assertThat(refused.json().path("detail").asText()).as(list).contains("107374181");
		}
		Reply bySize = refusedUnchanged(() -> as(operator).get("/api/audit?page=2147483647&size=1"), 400);
		assertThat(bySize.json().path("detail").asText()).contains("2147483646");
		assertThat(as(facilitator).get("/api/clients?page=107374181").status()).isEqualTo(200);
	}

	@Test
	void aPageOrSizeThatIsNoNumberInRangeIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();

		for (String query : List.of("page=-1", "page=abc", "page=99999999999", "size=0", "size=-5", "size=2001",
				"size=100000", "size=ten")) {
			Reply refused = refusedUnchanged(() -> as(facilitator).get("/api/clients?" + query), 400);
			assertThat(refused.json().path("title").asText()).as(query).startsWith("No such page");
		}
		assertThat(as(facilitator).get("/api/clients?size=2000&page=0").status()).isEqualTo(200);
	}

	// ---- Content negotiation ----

	@Test
	void aWriteAskingForATypeTheApiCannotProduceIsRefusedBeforeItIsCarriedOut() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String note = "{\"text\":\"Met at the office.\"}";

		for (String accept : List.of("text/html", "application/xml", "text/csv", "application/problem+json")) {
			Reply refused = refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/clients/" + client + "/notes",
					note, accept), 406);
			assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(refused.json().path("status").asInt()).isEqualTo(406);
		}
		assertThat(sendJson(facilitator, "POST", "/api/clients/" + client + "/notes", note, JSON).status())
			.isEqualTo(201);
	}

	@Test
	void cancellingDenyingAndAcceptingAnInvitationAreRefusedUnderAnAcceptTheyCannotAnswer() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		UUID session = fixtures.session(facilitator, center);
		CurrentUser invited = fixtures.facilitator();
		String founder = founderOf(center);
		assertThat(as(founder).post("/api/centers/" + center.getId() + "/invitations",
				Map.of("user", invited.username())).status()).isEqualTo(200);

		refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/sessions/" + session + "/cancellation",
				"{\"kind\":\"CANCELLED\",\"reason\":\"Client moved away.\"}", "text/html"), 406);
		refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/sessions/" + session + "/denial",
				"{\"code\":\"OTHER\",\"reason\":\"Not a fit.\"}", "application/xml"), 406);
		refusedUnchanged(() -> sendJson(invited, "POST", "/api/invitations/" + center.getId() + "/accept", null,
				"text/csv"), 406);
		refusedUnchanged(() -> sendJson(facilitator, "PUT", "/api/sessions/" + session + "/center",
				"{\"centerId\":\"" + center.getId() + "\"}", "text/html"), 406);

		assertThat(sendJson(invited, "POST", "/api/invitations/" + center.getId() + "/accept", null, JSON).status())
			.isEqualTo(200);
		assertThat(sendJson(facilitator, "POST", "/api/sessions/" + session + "/cancellation",
				"{\"kind\":\"CANCELLED\",\"reason\":\"Client moved away.\"}", JSON).status()).isEqualTo(200);
	}

	@Test
	void aTaskCompletionAskingForHtmlLeavesTheTaskOpen() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();
		String data = json(Map.of("data", SessionFixtures.clearScreening()));

		refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/tasks/" + task + "/completion", data, "text/html"),
				406);

		assertThat(sendJson(facilitator, "POST", "/api/tasks/" + task + "/completion", data, JSON).status())
			.isEqualTo(204);
	}

	@Test
	void aBodyOfAnotherTypeThanJsonIsRefusedAsUnsupported() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		for (String type : List.of("*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "no type at all")) {
			Reply refused = refusedUnchanged(() -> as(facilitator).raw("POST", "/api/clients/" + client + "/notes",
					Map.of("Content-Type", type, "Accept", JSON), "{\"text\":\"a note\"}".getBytes()), 415);
			assertThat(refused.json().path("title").asText()).as(type).isEqualTo("The body's type is not accepted");
		}
	}

	@Test
	void downloadsKeepTheirOwnTypesAndJsonEndpointsRefuseOthers() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		Reply pdf = as(facilitator).raw("GET", "/api/sessions/" + session + "/record.pdf",
				Map.of("Accept", "application/pdf"), null);
		Reply csvOfJson = as(facilitator).raw("GET", "/api/sessions/" + session, Map.of("Accept", "text/csv"), null);
		Reply pdfAsJson = as(facilitator).raw("GET", "/api/sessions/" + session + "/record.pdf",
				Map.of("Accept", JSON), null);

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(csvOfJson.status()).isEqualTo(406);
		assertThat(pdfAsJson.status()).isEqualTo(406);
		assertThat(pdfAsJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	// ---- Broken bodies ----

	@Test
	void aMultipartBodyWithoutBoundaryOrCutOffIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String documents = "/api/clients/" + client + "/documents";
		byte[] cutOff = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nhello").getBytes(StandardCharsets.UTF_8);

		Reply noBoundary = refusedUnchanged(() -> as(facilitator).raw("POST", documents,
				Map.of("Content-Type", "multipart/form-data", "Accept", JSON), "xx".getBytes()), 400);
		Reply truncated = refusedUnchanged(() -> as(facilitator).raw("POST", documents,
				Map.of("Content-Type", "multipart/form-data; boundary=XYZ", "Accept", JSON), cutOff), 400);

		assertThat(noBoundary.json().path("title").asText()).isEqualTo("The request body cannot be read");
		assertThat(truncated.json().path("detail").asText()).contains("multipart/form-data");
	}

	@Test
	void aJsonBodyNamingAFieldTwiceOrBrokenIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String notes = "/api/clients/" + client + "/notes";

		Reply twice = refusedUnchanged(() -> sendJson(facilitator, "POST", notes, "{\"text\":\"a\",\"text\":\"b\"}",
				JSON), 400);
		Reply twiceInData = refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/sessions",
				"{\"clientId\":\"" + client + "\",\"clientId\":\"" + client + "\"}", JSON), 400);
		refusedUnchanged(() -> sendJson(facilitator, "POST", notes, "{\"text\":", JSON), 400);
		refusedUnchanged(() -> sendJson(facilitator, "POST", notes, "", JSON), 400);

		assertThat(twice.json().path("detail").asText()).contains("'text'", "twice");
		assertThat(twiceInData.json().path("detail").asText()).contains("'clientId'");
	}

	@Test
	void textWithTheNulCharacterIsRefusedInBodiesFormsAndQueries() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("screeningNotes", "before\u0000after");

		Reply note = refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/clients/" + client + "/notes",
				"{\"text\":\"a\\u0000b\"}", JSON), 400);
		Reply form = refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/tasks/" + task + "/completion",
				json(Map.of("data", screening)), JSON), 400);
		refusedUnchanged(() -> as(facilitator).get("/api/clients?search=%00"), 400);

		assertThat(note.json().path("detail").asText()).contains("NUL");
		assertThat(note.json().path("field").asText()).isEqualTo("text");
		assertThat(form.json().path("field").asText()).isEqualTo("data.screeningNotes");
	}

	// ---- Lengths ----

	@Test
	void aDenialOnReviewWithTheLongestRationaleTheFormAllowsIsStored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("currentTreatment", "yes");
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, screening);
		String task = fixtures.openTask(facilitator, session, SessionStep.SCREENING_REVIEW).id();
		String rationale = "r".repeat(4000);

		Reply denied = sendJson(facilitator, "POST", "/api/tasks/" + task + "/completion",
				json(Map.of("data", Map.of("reviewDecision", "deny", "reviewRationale", rationale))), JSON);

		assertThat(denied.status()).as(denied.toString()).isEqualTo(204);
		JsonNode record = as(facilitator).get("/api/sessions/" + session).json();
		assertThat(record.path("session").path("status").asText()).isEqualTo("DENIED");
		assertThat(record.path("closeReason").asText()).isEqualTo("Facilitator review: " + rationale);
		assertThat(record.path("denial").path("reason").asText()).isEqualTo(rationale);
	}

	@Test
	void anAddendumOfTheLongestControlCharacterTextsIsStoredWhateverItsEscapedLength() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.administer(administrator, session);
		String controls = "\u0001\u0002\u0003\u0004".repeat(1000);
		Map<String, Object> changes = Map.of("adverseReactionOccurred", true, "adverseReactionDescription", controls,
				"transportPlanFollowed", "no", "transportDeviation", controls);

		Reply first = as(administrator).post("/api/sessions/" + session + "/addenda",
				Map.of("target", "administration", "reason", "Both notes were lost.", "changes", changes));
		Reply second = as(administrator).post("/api/sessions/" + session + "/addenda",
				Map.of("target", "administration", "reason", "And found again.", "changes",
						Map.of("adverseReactionDescription", controls.replace('\u0001', '\u0005'), "transportDeviation",
								controls.replace('\u0002', '\u0006'))));

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		JsonNode addenda = as(facilitator).get("/api/sessions/" + session).json().path("addenda");
		assertThat(addenda.get(1).path("changes").path("transportDeviation").path("from").asText()).isEqualTo(controls);
	}

	@Test
	void aNumberWithMoreDecimalsThanTheFormAllowsIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		String task = fixtures.openTask(facilitator, session, SessionStep.DOSE_ESTIMATE).id();

		Reply tooPrecise = refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/tasks/" + task + "/completion",
				json(Map.of("data", Map.of("estimatedInitialDoseMg", "20.125"))), JSON), 400);
		Reply tooLong = refusedUnchanged(() -> sendJson(facilitator, "POST", "/api/tasks/" + task + "/completion",
				json(Map.of("data", Map.of("estimatedInitialDoseMg", "20." + "0".repeat(5000)))), JSON), 400);

		assertThat(tooPrecise.json().path("detail").asText()).contains("at most 2 decimals");
		assertThat(tooLong.json().path("detail").asText()).contains("must be a number");
		assertThat(sendJson(facilitator, "POST", "/api/tasks/" + task + "/completion",
				json(Map.of("data", Map.of("estimatedInitialDoseMg", "20.500"))), JSON).status()).isEqualTo(204);
	}

	// ---- Centers ----

	@Test
	void registeringACenterWhoseFirstAdministratorHasNoAccountIsRefused() {
		CurrentUser operator = fixtures.operator();
		String license = SessionFixtures.unique("PSC");

		Reply refused = refusedUnchanged(() -> as(operator).post("/api/centers",
				Map.of("name", "Nowhere Center", "licenseNumber", license, "firstAdministrator", "nobody-" + license)),
				422);

		assertThat(refused.json().path("detail").asText()).contains("nobody-" + license, "account");
		assertThat(as(operator).get("/api/centers").body()).doesNotContain(license);
	}

	// ---- Sign-in ----

	@Test
	void aSignInWithANameNoAccountCanHaveIsAWrongLoginThatLeavesNoTrace() {
		SojournHttp http = SojournHttp.onPort(port);

		refusedUnchanged(() -> http.basic("some\u0000one", "whatever").get("/api/clients"), 401);
		refusedUnchanged(() -> http.basic("n".repeat(65), "whatever").get("/api/sessions"), 401);
	}

	// ---- Helpers ----

	/** Sends the request, expects the status and a problem detail, and that nothing but the audit trail changed. */
	private Reply refusedUnchanged(Supplier<Reply> request, int status) {
		StoredState before = StoredState.of(dataSource);
		Instant sent = Instant.now();
		Reply reply = request.get();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).as(reply.toString())
			.startsWith("application/problem+json");
		StoredState.of(dataSource).assertUnchangedSince(before, reply.request());
		assertThat(StoredState.auditOutcomesSince(dataSource, sent)).as("audit entries of %s", reply.request())
			.allMatch(outcome -> outcome.equals(String.valueOf(status)));
		return reply;
	}

	private Reply sendJson(CurrentUser user, String method, String path, String body, String accept) {
		Map<String, String> headers = body == null ? Map.of("Accept", accept)
				: Map.of("Content-Type", JSON, "Accept", accept);
		return as(user).raw(method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	private String founderOf(ServiceCenter center) {
		return fixtures.founderOf(center);
	}

	private SojournHttp.Door as(CurrentUser user) {
		return as(user.username());
	}

	private SojournHttp.Door as(String username) {
		return SojournHttp.onPort(port).basic(username);
	}

	private static String json(Object value) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
