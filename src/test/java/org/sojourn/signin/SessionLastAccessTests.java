package org.sojourn.signin;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signed-in session's last access is written when it moved by a minute, not at every request (HttpSessionReads),
 * and the idle timeout (30 minutes) still ends a session: counted from the last access written, so at most that
 * minute early, never late. Every other change of the session is saved at once.
 */
@SojournTest
class SessionLastAccessTests {

	private static final String TASKS = "/camunda/api/engine/engine/default/task";

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRequestWithinAMinuteOfTheLastWrittenAccessWritesNothingToTheSession() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username).openTasklist();
		// The first page after signing in keeps its form's new CSRF token in the session (written, with the access).
		browser.get("/");
		browser.get(TASKS + "?assignee=" + username);
		long written = lastAccess(username);

		String page = count(browser, "/", "text/html", 200);
		String api = count(browser, TASKS + "?assignee=" + username, "application/json", 200);

		assertThat(sessionWrites(counter.sql(page))).as("%s", counter.sql(page)).isEmpty();
		assertThat(sessionWrites(counter.sql(api))).as("%s", counter.sql(api)).isEmpty();
		assertThat(lastAccess(username)).isEqualTo(written);
	}

	@Test
	void anAccessAMinuteAfterTheLastWrittenOneIsWrittenAndKeepsTheSessionAlive() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username);
		// The first page after signing in keeps its form's new CSRF token (written at once, with the access).
		assertThat(browser.get("/").status()).isEqualTo(200);
		// The last access written 29 minutes ago: one more minute idle and the session would end.
		setLastAccess(username, Instant.now().minus(Duration.ofMinutes(29)));
		Instant before = Instant.now();

		String label = count(browser, "/", "text/html", 200);

		assertThat(sessionWrites(counter.sql(label))).as("%s", counter.sql(label)).hasSize(1);
		assertThat(lastAccess(username)).isGreaterThanOrEqualTo(before.toEpochMilli());
		assertThat(expiry(username)).isEqualTo(lastAccess(username) + TIMEOUT.toMillis());
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void aSessionIdleForItsTimeoutSinceTheLastWrittenAccessEnds() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username).openTasklist();
		assertThat(browser.get(TASKS + "?assignee=" + username).status()).isEqualTo(200);
		setLastAccess(username, Instant.now().minus(TIMEOUT).minusSeconds(1));

		Reply page = browser.get("/");
		Reply api = browser.get(TASKS + "?assignee=" + username);

		assertThat(page.status()).as("%s", page).isEqualTo(302);
		assertThat(page.location()).contains("/login");
		assertThat(api.status()).as("signed out, as without a session: %s", api).isIn(302, 401);
		assertThat(sessionsOf(username)).isZero();
	}

	@Test
	void requestsWithinTheMinuteDoNotKeepASessionAlivePastItsTimeout() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username);
		// 29 minutes 30 seconds since the access written: the next request moves it by more than a minute.
		setLastAccess(username, Instant.now().minus(TIMEOUT).plusSeconds(30));
		assertThat(browser.get("/").status()).isEqualTo(200);
		long written = lastAccess(username);
		// The next request, within the minute, is not written; the session ends 30 minutes after the written access.
		assertThat(browser.get("/").status()).isEqualTo(200);
		assertThat(lastAccess(username)).isEqualTo(written);
		setLastAccess(username, Instant.now().minus(TIMEOUT).minusSeconds(1));

		assertThat(browser.get("/").status()).isEqualTo(302);
	}

	@Test
	void aChangedAttributeIsSavedAtOnceWithTheAccess() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username);
		long signedIn = lastAccess(username);
		assertThat(attributes(username)).doesNotContain(WEBAPP_AUTHENTICATION);

		// Within the minute: Tasklist's first request keeps the webapps' authentication in the session.
		String label = count(browser, "/camunda/app/tasklist/default/", "text/html", 200);

		assertThat(attributes(username)).contains(WEBAPP_AUTHENTICATION);
		assertThat(lastAccess(username)).as("written with the attribute").isGreaterThanOrEqualTo(signedIn);
		assertThat(sessionWrites(counter.sql(label))).as("%s", counter.sql(label)).isNotEmpty();
	}

	@Test
	void aFormsCsrfTokenIsSavedAtOnceAndSigningOutEndsTheSessionAtOnce() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username);
		assertThat(browser.get("/").status()).isEqualTo(200);
		assertThat(attributes(username)).anyMatch(name -> name.contains("CSRF_TOKEN"));

		Reply signOut = browser.submitForm("/", "/logout", Map.of());

		assertThat(signOut.status()).as("%s", signOut).isEqualTo(302);
		assertThat(signOut.location()).contains("/login?logout");
		assertThat(sessionsOf(username)).isZero();
	}

	/** Camunda's webapps keep their authentications under this session attribute. */
	private static final String WEBAPP_AUTHENTICATION = "authenticatedUser";

	private String count(Browser browser, String path, String accept, int status) {
		String label = UUID.randomUUID().toString();
		Map<String, String> headers = new HashMap<>(Map.of(StatementCounter.HEADER, label, "Accept", accept));
		Reply reply = browser.raw("GET", path, headers, null);
		assertThat(reply.status()).as("%s", reply).isEqualTo(status);
		return label;
	}

	private void setLastAccess(String username, Instant at) {
		int updated = jdbc.update(
				"update app.http_session set last_access_time = ?, expiry_time = ? where principal_name = ?",
				at.toEpochMilli(), at.plus(TIMEOUT).toEpochMilli(), username);
		assertThat(updated).isEqualTo(1);
	}

	private long lastAccess(String username) {
		return jdbc.queryForObject("select last_access_time from app.http_session where principal_name = ?",
				Long.class, username);
	}

	private long expiry(String username) {
		return jdbc.queryForObject("select expiry_time from app.http_session where principal_name = ?", Long.class,
				username);
	}

	private long sessionsOf(String username) {
		return jdbc.queryForObject("select count(*) from app.http_session where principal_name = ?", Long.class,
				username);
	}

	private List<String> attributes(String username) {
		return jdbc.queryForList("select a.attribute_name from app.http_session_attributes a join app.http_session s "
				+ "on s.primary_id = a.session_primary_id where s.principal_name = ?", String.class, username);
	}

	/** Spring Session's writes of the session's row or its attributes. */
	private static List<String> sessionWrites(List<String> sql) {
		return sql.stream()
			.map(s -> s.toLowerCase().replaceAll("\\s+", " "))
			.filter(s -> s.contains("app.http_session"))
			.filter(s -> s.startsWith("update") || s.startsWith("insert") || s.startsWith("delete"))
			.toList();
	}

}
