package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The home pages read their lists (clients, sessions, the engine's tasks and what their rows need) in one read-only
 * transaction: the services and the engine's commands join it instead of each taking a connection and committing its
 * own. Counted per request (every transaction, from the first filter to the response), so that a list read outside
 * the page's transaction fails here.
 */
@SojournTest
class HomePageTransactionTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void theFacilitatorsHomeReadsItsListsInOneTransaction() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);
		fixtures.session(facilitator, null);
		Door browser = http().signedIn(facilitator.username());
		page(browser, "/");

		String label = page(browser, "/");

		List<String> sql = counter.sql(label);
		// The HTTP session's read, the second-factor rule with the user, the page's lists, the navigation's unread
		// count and the HTTP session's save; the lists alone were twelve transactions (18 in all).
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(5);
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
		// As the facilitator's home, plus what the template's sections read themselves (groups, rooms, each with the
		// user, and the center's second-factor rule); the page's own lists alone were nine transactions (20 in all).
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(10);
		assertThat(sql.stream().filter(s -> s.startsWith("<auto-commit>"))).as("%s", sql).isEmpty();
	}

	private static String page(Door browser, String path) {
		String label = UUID.randomUUID().toString();
		Reply reply = browser.raw("GET", path, Map.of(StatementCounter.HEADER, label, "Accept", "text/html"), null);
		assertThat(reply.status()).as(path).isEqualTo(200);
		return label;
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
