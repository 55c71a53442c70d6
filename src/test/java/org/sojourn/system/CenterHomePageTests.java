package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The center home over real HTTP with form login: sessions, tasks, membership, and nobody else's center. */
@SojournTest
class CenterHomePageTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private CenterMemberships memberships;

	@Autowired
	private TaskService engineTasks;

	@Test
	void theAdministratorSeesTheCentersSessionsTasksAndUpcomingAdministrations() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID toSchedule = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, toSchedule, Instant.now().minus(Duration.ofHours(1)));
		String scheduleTask = fixtures.openTask(administrator, toSchedule, SessionStep.SCHEDULE_ADMINISTRATION).id();
		UUID scheduled = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, scheduled, Instant.now().minus(Duration.ofHours(1)));
		fixtures.complete(administrator, scheduled, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(2))));
		UUID elsewhere = fixtures.session(facilitator, fixtures.center());

		Reply page = http().signedIn(administrator.username()).get(home(center));

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.body()).contains(center.getName(), "href=\"/sessions/" + toSchedule + "\"",
				"href=\"/sessions/" + scheduled + "\"", "/sessions/" + toSchedule + "#task-" + scheduleTask,
				"id=\"upcoming\"", facilitator.username(), "ACCEPTED", administrator.username(),
				"href=\"/centers/" + center.getId() + "/reports/", "id=\"invite\"")
			.doesNotContain(elsewhere.toString());
		String upcoming = page.body().substring(page.body().indexOf("id=\"upcoming\""));
		assertThat(upcoming.substring(0, upcoming.indexOf("</table>"))).contains(scheduled.toString())
			.doesNotContain(toSchedule.toString());
	}

	@Test
	void theInviteFormInvitesAFacilitatorAndShowsARefusal() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser invited = fixtures.facilitator();
		Browser browser = http().signedIn(administrator.username());
		assertThat(browser.get(home(center)).body()).contains("No facilitator yet", "No session is associated");

		Reply reply = browser.submitForm(home(center), home(center) + "/invitations",
				Map.of("user", invited.username()));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(302);
		assertThat(memberships.membershipsOf(invited.username())).extracting(CenterViews.Membership::centerId,
				CenterViews.Membership::status)
			.containsExactly(tuple(center.getId(), FacilitatorStatus.INVITED));
		assertThat(browser.get(home(center)).body()).contains(invited.username(), "INVITED");

		Reply refused = browser.submitForm(home(center), home(center) + "/invitations",
				Map.of("user", "nobody-" + UUID.randomUUID()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"facilitator-error\"", "No account has the username or email")
			.doesNotContain("id=\"administrator-error\"");
	}

	@Test
	void sessionsAreTabbedByPhaseAndPagedByTwentyNewestFirst() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		List<UUID> preparing = new java.util.ArrayList<>();
		for (int i = 0; i < 21; i++) {
			preparing.add(fixtures.session(facilitator, center));
		}
		UUID prepared = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, prepared, Instant.now().minus(Duration.ofHours(1)));
		Browser browser = http().signedIn(administrator.username());

		String all = sessionsSection(browser.get(home(center)).body());
		assertThat(all).contains("All (22)", "Preparation (21)", "Administration (1)", "Closed (0)",
				"Page 1 of 2 · 22 in all");
		assertThat(count(all, "class=\"session\"")).isEqualTo(20);
		assertThat(all).contains(prepared.toString()).doesNotContain(preparing.get(0).toString());

		String second = sessionsSection(browser.get(home(center) + "?sessions.page=2").body());
		assertThat(count(second, "class=\"session\"")).isEqualTo(2);
		assertThat(second).contains(preparing.get(0).toString(), preparing.get(1).toString());

		String administration = sessionsSection(browser.get(home(center) + "?sessions.phase=administration").body());
		assertThat(count(administration, "class=\"session\"")).isEqualTo(1);
		assertThat(administration).contains(prepared.toString(), "aria-current=\"page\">Administration (1)");

		String oldestFirst = sessionsSection(browser.get(home(center) + "?sessions.sort=opened").body());
		assertThat(oldestFirst).contains(preparing.get(0).toString()).doesNotContain(prepared.toString());
	}

	@Test
	void aTaskClaimedByAnotherAdministratorShowsWhoHasItAndNoLinkToTheStep() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser colleague = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		String task = fixtures.openTask(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
		engineTasks.claim(task, colleague.username());

		String page = http().signedIn(administrator.username()).get(home(center)).body();
		String colleagues = http().signedIn(colleague.username()).get(home(center)).body();

		assertThat(page).contains("href=\"/sessions/" + session + "\"", colleague.username())
			.doesNotContain("#task-" + task);
		assertThat(colleagues).contains("#task-" + task);
	}

	@Test
	void anotherCentersAdministratorAFacilitatorAndAnOperatorFindNothing() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, center);
		for (CurrentUser user : List.of(fixtures.administratorOf(fixtures.center()), facilitator,
				fixtures.operator())) {
			Browser browser = http().signedIn(user.username());
			assertThat(browser.get(home(center)).status()).as(user.username()).isEqualTo(404);
		}
		Reply anonymous = http().anonymous().get(home(center));
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).endsWith("/login");
	}

	private static String home(ServiceCenter center) {
		return "/centers/" + center.getId();
	}

	/** The page's list of sessions, without its tasks and upcoming administrations, which name sessions too. */
	private static String sessionsSection(String page) {
		return page.substring(page.indexOf("id=\"sessions\""), page.indexOf("id=\"administrators\""));
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
