package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The open tasks on the facilitator's and the center's home are paged in the engine's database: a later page shows
 * the rows that follow the first page in the order chosen, with the sessions waiting for their center merged in where
 * they belong on the facilitator's home.
 */
@SojournTest
class TaskListPagesTests {

	private static final Pattern CENTER_ROW = Pattern.compile("href=\"/sessions/([0-9a-f-]{36})\"");

	private static final Pattern FACILITATOR_ROW = Pattern.compile("/sessions/([0-9a-f-]{36})#(task-|center-form)");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private TaskService engineTasks;

	@Test
	void theCentersTasksArePagedInEachOrderWithUnclaimedTasksFirstWhenSortedByClaimer() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		List<UUID> prepared = new ArrayList<>();
		for (int i = 0; i < 22; i++) {
			UUID session = fixtures.session(facilitator, center);
			fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
			prepared.add(session);
		}
		// The first two claimed: by "a-…" and "b-…", so that claimers sort as the test expects.
		String first = "a-" + SessionFixtures.unique("claimer");
		String second = "b-" + SessionFixtures.unique("claimer");
		engineTasks.claim(fixtures.openTask(administrator, prepared.get(0), SessionStep.SCHEDULE_ADMINISTRATION).id(),
				second);
		engineTasks.claim(fixtures.openTask(administrator, prepared.get(1), SessionStep.SCHEDULE_ADMINISTRATION).id(),
				first);
		Browser browser = http().signedIn(administrator.username());
		String home = "/centers/" + center.getId();

		assertThat(centerRows(browser.get(home).body())).hasSize(20).startsWith(prepared.get(0), prepared.get(1));
		String last = centerTasks(browser.get(home + "?tasks.page=2").body());
		assertThat(last).contains("Page 2 of 2 · 22 in all");
		assertThat(ids(CENTER_ROW, last)).containsExactly(prepared.get(20), prepared.get(21));
		assertThat(centerRows(browser.get(home + "?tasks.page=9").body()))
			.as("a page beyond the last shows the last")
			.containsExactly(prepared.get(20), prepared.get(21));
		assertThat(centerRows(browser.get(home + "?tasks.sort=-since&tasks.page=2").body()))
			.containsExactly(prepared.get(1), prepared.get(0));
		assertThat(centerRows(browser.get(home + "?tasks.sort=claimed").body())).hasSize(20)
			.startsWith(prepared.get(2), prepared.get(3))
			.endsWith(prepared.get(21));
		assertThat(centerRows(browser.get(home + "?tasks.sort=claimed&tasks.page=2").body()))
			.containsExactly(prepared.get(1), prepared.get(0));
		assertThat(centerRows(browser.get(home + "?tasks.sort=-claimed").body())).hasSize(20)
			.startsWith(prepared.get(0), prepared.get(1), prepared.get(2));
		assertThat(centerRows(browser.get(home + "?tasks.sort=-claimed&tasks.page=2").body()))
			.containsExactly(prepared.get(20), prepared.get(21));
	}

	@Test
	void theFacilitatorsTasksArePagedWithTheSessionWaitingForItsCenterWhereItsOrderPutsIt() {
		CurrentUser facilitator = fixtures.facilitator();
		List<UUID> started = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			started.add(fixtures.session(facilitator, null));
		}
		UUID waiting = fixtures.session(facilitator, null);
		fixtures.prepare(facilitator, waiting, Instant.now().minus(Duration.ofHours(1)));
		started.add(fixtures.session(facilitator, null));
		Browser browser = http().signedIn(facilitator.username());

		assertThat(facilitatorRows(browser.get("/").body())).hasSize(20).startsWith(started.get(0))
			.endsWith(started.get(19));
		String last = facilitatorTasks(browser.get("/?tasks.page=2").body());
		assertThat(last).contains("Page 2 of 2 · 22 in all", "Choose a service center");
		assertThat(ids(FACILITATOR_ROW, last)).containsExactly(waiting, started.get(20));
		assertThat(facilitatorRows(browser.get("/?tasks.sort=-since").body())).hasSize(20)
			.startsWith(started.get(20), waiting, started.get(19));
		assertThat(facilitatorRows(browser.get("/?tasks.sort=-since&tasks.page=2").body()))
			.containsExactly(started.get(1), started.get(0));
		// "Choose a service center" comes before "Record client information and screening".
		assertThat(facilitatorRows(browser.get("/?tasks.sort=task").body())).hasSize(20)
			.startsWith(waiting, started.get(0));
		assertThat(facilitatorRows(browser.get("/?tasks.sort=task&tasks.page=2").body()))
			.containsExactly(started.get(19), started.get(20));
		assertThat(facilitatorRows(browser.get("/?tasks.sort=-task&tasks.page=2").body()))
			.containsExactly(started.get(20), waiting);
		assertThat(facilitatorRows(browser.get("/?tasks.sort=client&tasks.page=2").body())).hasSize(2);
	}

	private static List<UUID> centerRows(String page) {
		return ids(CENTER_ROW, centerTasks(page));
	}

	private static String centerTasks(String page) {
		return page.substring(page.indexOf("id=\"tasks\""), page.indexOf("id=\"upcoming\""));
	}

	private static List<UUID> facilitatorRows(String page) {
		return ids(FACILITATOR_ROW, facilitatorTasks(page));
	}

	private static String facilitatorTasks(String page) {
		String tasks = page.substring(page.indexOf("<section id=\"tasks\">"));
		return tasks.substring(0, tasks.indexOf("</section>"));
	}

	private static List<UUID> ids(Pattern row, String section) {
		List<UUID> ids = new ArrayList<>();
		Matcher matcher = row.matcher(section);
		while (matcher.find()) {
			ids.add(UUID.fromString(matcher.group(1)));
		}
		return ids;
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
