package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Door;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.StatementCounter;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lists people open all day read a page of rows in the database and what those rows need in a fixed number of
 * statements: the SQL one request runs (every statement, from sign-in to the response) is the same for a practice of
 * two sessions and one of more than a page of them. The home pages also read their lists (clients, sessions, the
 * engine's tasks and what their rows need) in one read-only transaction: the services and the engine's commands join
 * it instead of each taking a connection and committing its own. Counted per request (every transaction, from the
 * first filter to the response), so that a list read outside the page's transaction fails here.
 */
@SojournTest
class ListStatementCountTests {

	/**
	 * More than one page of a list (20 rows): the lists start with this many rows and then get as many more, so that
	 * both counts include what a list of several pages reads (its count of all rows) and a list read whole would show.
	 */
	private static final int MORE = 21;

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void theFacilitatorsHomeRunsAsManyStatementsForManySessionsAsForOne() {
		CurrentUser facilitator = fixtures.facilitator();
		sessions(facilitator, null);
		Door browser = http().signedIn(facilitator.username());

		int few = statements(() -> page(browser, "/"));
		sessions(facilitator, null);
		int many = statements(() -> page(browser, "/"));

		assertThat(many).as("statements of / with %d sessions against %d", 2 * MORE, MORE).isEqualTo(few);
		assertThat(statements(() -> page(browser, "/?sessions.page=2&sessions.sort=client&clients.page=2")))
			.as("statements of a later page in another order")
			.isEqualTo(few);
	}

	@Test
	void theCentersHomeRunsAsManyStatementsForManySessionsAsForOne() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		sessions(facilitator, center);
		prepared(facilitator, center);
		Door browser = http().signedIn(administrator.username());
		String home = "/centers/" + center.getId();

		int few = statements(() -> page(browser, home));
		sessions(facilitator, center);
		prepared(facilitator, center);
		int many = statements(() -> page(browser, home));

		assertThat(many).as("statements of the center's home with %d sessions against %d", 2 * MORE + 2, MORE + 1)
			.isEqualTo(few);
	}

	@Test
	void theTaskListRunsAsManyStatementsForManyTasksAsForOneAndPagesInTheDatabase() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID first = fixtures.session(facilitator, null);
		Door api = http().basic(facilitator.username());

		int few = statements(counted(api, "/api/tasks"));
		sessions(facilitator, null);
		int many = statements(counted(api, "/api/tasks"));

		assertThat(many).as("statements of GET /api/tasks with %d tasks against 1", MORE + 1).isEqualTo(few);
		Reply firstPage = json(api, "/api/tasks");
		assertThat(firstPage.json()).hasSize(20);
		assertThat(firstPage.json().get(0).path("sessionId").asText()).isEqualTo(first.toString());
		assertThat(firstPage.headers().firstValue("Link")).hasValueSatisfying(
				link -> assertThat(link).contains("page=1", "size=20", "rel=\"next\""));
		Reply lastPage = json(api, "/api/tasks?page=1");
		assertThat(lastPage.json()).hasSize(MORE + 1 - 20);
		assertThat(lastPage.headers().firstValue("Link")).isEmpty();
		Reply ofOne = json(api, "/api/tasks?sessionId=" + first);
		assertThat(ofOne.json()).hasSize(1);
		assertThat(ofOne.json().get(0).path("sessionId").asText()).isEqualTo(first.toString());
	}

	@Test
	void theSessionListRunsAsManyStatementsForManySessionsAsForOne() {
		CurrentUser facilitator = fixtures.facilitator();
		sessions(facilitator, null);
		Door api = http().basic(facilitator.username());

		int few = statements(counted(api, "/api/sessions"));
		sessions(facilitator, null);
		int many = statements(counted(api, "/api/sessions"));

		assertThat(many).as("statements of GET /api/sessions with %d sessions against %d", 2 * MORE, MORE)
			.isEqualTo(few);
	}

	/** MORE sessions of the facilitator, each of a new client, at the center or none. */
	private void sessions(CurrentUser facilitator, ServiceCenter centerOrNull) {
		for (int i = 0; i < MORE; i++) {
			fixtures.session(facilitator, centerOrNull);
		}
	}

	/** A session at the center, prepared: its scheduling task waits for the center. */
	private void prepared(CurrentUser facilitator, ServiceCenter center) {
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
	}

	/**
	 * The statements of the request, asked once before so that what happens once per sign-in (a first sign-in's
	 * engine user, a session's first attributes) is not counted.
	 */
	@Test
	void theFacilitatorsHomeReadsItsListsInOneTransaction() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);
		fixtures.session(facilitator, null);
		Door browser = http().signedIn(facilitator.username());
		page(browser, "/");

		String label = page(browser, "/");

		List<String> sql = counter.sql(label);
		// The HTTP session's read, the second-factor rule with the user, the page's lists and the navigation's unread
		// count (the session's last access is written once a minute, not here); the lists alone were twelve
		// transactions (18 in all).
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(4);
		assertThat(sql.stream().filter(s -> s.startsWith("<auto-commit>"))).as("%s", sql).isEmpty();
	}

	@Test
	void theCentersHomeReadsItsListsInOneTransaction() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, center);
		UUID prepared = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, prepared, Instant.now().minus(3, ChronoUnit.DAYS));
		Door browser = http().signedIn(administrator.username());
		String home = "/centers/" + center.getId();
		page(browser, home);

		String label = page(browser, home);

		List<String> sql = counter.sql(label);
		// As the facilitator's home, plus what the template's sections read themselves (groups and rooms, with the user
		// the page read; the center's second-factor rule comes with the page's lists). Before, the sections read the
		// user again each and the rule apart, and the session's last access was written at every request (10); the
		// page's own lists alone were nine transactions (20 in all).
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(6);
		assertThat(sql.stream().filter(s -> s.startsWith("<auto-commit>"))).as("%s", sql).isEmpty();
	}

	private int statements(Supplier<String> request) {
		request.get();
		String label = request.get();
		return counter.statements(label);
	}

	private static String page(Door browser, String path) {
		String label = UUID.randomUUID().toString();
		Reply reply = browser.raw("GET", path, Map.of(StatementCounter.HEADER, label, "Accept", "text/html"), null);
		assertThat(reply.status()).as(path).isEqualTo(200);
		return label;
	}

	private static Reply json(Door api, String path) {
		Reply reply = api.raw("GET", path, Map.of("Accept", "application/json"), null);
		assertThat(reply.status()).as(path).isEqualTo(200);
		return reply;
	}

	private static Supplier<String> counted(Door api, String path) {
		return () -> {
			String label = UUID.randomUUID().toString();
			Reply reply = api.raw("GET", path, Map.of(StatementCounter.HEADER, label, "Accept", "application/json"),
					null);
			assertThat(reply.status()).as(path).isEqualTo(200);
			return label;
		};
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
