package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.StatementCounter;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a signed-in browser's request to the webapps' engine API costs (Tasklist's task list and its form
 * submission), counted in statements and transactions from the first filter to the response. Besides the engine's
 * own work a request reads its HTTP session once, the second-factor rule and the signed-in user (for their groups, so
 * that a removed membership counts at the next request: MembershipTests) together in one read-only transaction; the
 * session's last access is written once a minute, not at every request (SessionLastAccessTests). It does not rebuild the webapps' authentication from the engine's identity tables, repeat the application checks
 * while the groups are the same, or rewrite the session's attributes.
 */
@SojournTest
class EngineRestStatementCountTests {

	private static final String ENGINE = "/camunda/api/engine/engine/default";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void tasklistsTaskQueryReadsTheSignInOnceAndKeepsTheWebappsAuthentication() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);
		Browser browser = SojournHttp.onPort(port).signedIn(facilitator.username()).openTasklist();
		String query = ENGINE + "/task?assignee=" + facilitator.username()
				+ "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15";
		browser.get(query);

		String label = count(browser, "GET", query, null, 200);

		List<String> sql = counter.sql(label);
		assertThat(engineIdentityReads(sql)).as("%s", sql).isEmpty();
		assertThat(sessionAttributeWrites(sql)).as("%s", sql).isEmpty();
		assertThat(sessionReads(sql)).as("the HTTP session is read once, though the body commits the response before "
				+ "the request ends: %s", sql).hasSize(1);
		// The session read, the second-factor rule with the user, the task query; nothing written to the session.
		assertThat(sessionWrites(sql)).as("%s", sql).isEmpty();
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(3);
	}

	@Test
	void aFormSubmittedThroughTasklistCostsTheCompletionAndTheSignInOnly() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		String task = fixtures.openTask(facilitator, session, SessionStep.DOSE_ESTIMATE).id();
		Browser browser = SojournHttp.onPort(port).signedIn(facilitator.username()).openTasklist();
		browser.get(ENGINE + "/task?processInstanceBusinessKey=" + session + "&assignee=" + facilitator.username());

		String label = count(browser, "POST", ENGINE + "/task/" + task + "/submit-form",
				"{\"variables\":{\"estimatedInitialDoseMg\":{\"value\":20,\"type\":\"Integer\"}}}", 204);

		List<String> sql = counter.sql(label);
		assertThat(engineIdentityReads(sql)).as("%s", sql).isEmpty();
		assertThat(sessionAttributeWrites(sql)).as("%s", sql).isEmpty();
		assertThat(sessionReads(sql)).as("%s", sql).hasSize(1);
		assertThat(normalized(sql)).as("the submitted form is inserted without a select first: %s", sql)
			.noneMatch(s -> s.startsWith("select") && s.contains(" from app.submitted_form "))
			.anyMatch(s -> s.startsWith("insert into app.submitted_form"));
		// The session read, the second-factor rule with the user, the completion.
		assertThat(sessionWrites(sql)).as("%s", sql).isEmpty();
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(3);
	}

	/** The kept authentication is compared with Sojourn's groups at every request (removal: MembershipTests). */
	@Test
	void aNewAdministratorsOpenTasklistShowsTheCentersTaskAtTheNextRequest() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		String scheduleTask = fixtures.openTask(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
		CurrentUser newcomer = fixtures.facilitator();
		Browser tasklist = SojournHttp.onPort(port).signedIn(newcomer.username()).openTasklist();
		String query = ENGINE + "/task?candidateUser=" + newcomer.username();
		assertThat(tasklist.get(query).ids("", "id")).doesNotContain(scheduleTask);

		Reply added = SojournHttp.onPort(port)
			.basic(administrator.username())
			.post("/api/centers/" + center.getId() + "/administrators", Map.of("user", newcomer.username()));
		assertThat(added.status()).as("%s", added).isEqualTo(204);

		String label = count(tasklist, "GET", query, null, 200);
		assertThat(sessionAttributeWrites(counter.sql(label))).as("the rebuilt authentication is kept").isNotEmpty();
		assertThat(tasklist.get(query).ids("", "id")).contains(scheduleTask);
	}

	private String count(Browser browser, String method, String path, String json, int status) {
		String label = UUID.randomUUID().toString();
		Map<String, String> headers = new HashMap<>(Map.of(StatementCounter.HEADER, label, "Accept",
				"application/json"));
		if (json != null) {
			headers.put("Content-Type", "application/json");
			headers.put("X-XSRF-TOKEN", browser.webappCsrfToken());
			headers.put("Origin", SojournHttp.onPort(port).base());
			headers.put("Referer", SojournHttp.onPort(port).base() + "/camunda/app/tasklist/default/");
		}
		Reply reply = browser.raw(method, path, headers, json == null ? null : json.getBytes());
		assertThat(reply.status()).as("%s", reply).isEqualTo(status);
		return label;
	}

	private static List<String> normalized(List<String> sql) {
		return sql.stream().map(s -> s.toLowerCase().replaceAll("\\s+", " ")).toList();
	}

	/** Reads of the engine's users, groups, memberships and tenants (Camunda's rebuild of an authentication). */
	private static List<String> engineIdentityReads(List<String> sql) {
		return normalized(sql).stream().filter(s -> s.matches(".*\\bact_id_(user|group|membership|tenant).*")).toList();
	}

	/** Spring Session's reads of the HTTP session (with its attributes). */
	private static List<String> sessionReads(List<String> sql) {
		return normalized(sql).stream()
			.filter(s -> s.startsWith("select") && s.contains("from app.http_session s"))
			.toList();
	}

	/** Spring Session's writes of the session's row or its attributes. */
	private static List<String> sessionWrites(List<String> sql) {
		return normalized(sql).stream()
			.filter(s -> s.contains("app.http_session"))
			.filter(s -> s.startsWith("update") || s.startsWith("insert") || s.startsWith("delete"))
			.toList();
	}

	private static List<String> sessionAttributeWrites(List<String> sql) {
		return normalized(sql).stream()
			.filter(s -> s.contains("http_session_attributes"))
			.filter(s -> s.startsWith("update") || s.startsWith("insert") || s.startsWith("delete"))
			.toList();
	}

}
