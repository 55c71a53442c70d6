package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.PageForms;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.IntegrationReminders;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The start page over real HTTP: a facilitator's clients, tasks, sessions and invitations; others' links. */
@SojournTest
class HomePageTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private Sessions sessions;

	@Autowired
	private SessionRecords records;

	@Autowired
	private Clients clients;

	@Autowired
	private CenterMemberships memberships;

	@Autowired
	private IntegrationReminders reminders;

	@Test
	void aFacilitatorSeesTheirClientsTasksAndSessionsAndNobodyElses() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser other = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		UUID othersSession = fixtures.session(other, null);
		String client = clientName(facilitator, session);
		String othersClient = clientName(other, othersSession);
		OpenTask task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION);

		Reply home = http().signedIn(facilitator.username()).get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains(client, "/sessions/" + session, "Preparation · preparing", task.name())
			.contains("href=\"/sessions/" + session + "#task-" + task.id() + "\"", "Open the task")
			.doesNotContain(othersClient, othersSession.toString());
	}

	@Test
	void aNewFacilitatorIsToldWhatToDoFirst() {
		Reply home = http().signedIn(fixtures.facilitator().username()).get("/");

		assertThat(home.body()).contains("No clients yet", "add your first client", "href=\"/clients/new\"",
				"No open tasks", "No sessions yet");
	}

	@Test
	void clientsAreSortedByNamePagedByTwentyAndSearchable() {
		CurrentUser facilitator = fixtures.facilitator();
		for (int i = 21; i >= 1; i--) {
			clients.create(facilitator.username(), new ClientProfile("Person %02d".formatted(i), null, null,
					LocalDate.of(1980, 1, 1), null, null, null, null));
		}
		Browser browser = http().signedIn(facilitator.username());

		String first = browser.get("/").body();
		assertThat(count(first, "class=\"client\"")).isEqualTo(20);
		assertThat(first).contains("Page 1 of 2 · 21 in all", "href=\"/?clients.page=2#clients\"")
			.doesNotContain("Person 21");
		assertThat(first.indexOf("Person 01")).isLessThan(first.indexOf("Person 02"));

		String second = browser.get("/?clients.page=2").body();
		assertThat(count(second, "class=\"client\"")).isEqualTo(1);
		assertThat(second).contains("Person 21", "Page 2 of 2");

		String byNameDescending = browser.get("/?clients.sort=-name").body();
		assertThat(byNameDescending).contains("Person 21", "aria-sort=\"descending\"").doesNotContain("Person 01");
		assertThat(byNameDescending.indexOf("Person 21")).isLessThan(byNameDescending.indexOf("Person 20"));

		String found = browser.get("/?q=person+07").body();
		assertThat(count(found, "class=\"client\"")).isEqualTo(1);
		assertThat(found).contains("Person 07");
		assertThat(browser.get("/?q=nobody").body()).contains("No client matches this search");
	}

	@Test
	void sessionsAreTabbedByPhaseWithTheirCountsAndAnUnknownPhaseShowsAll() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		fixtures.enroll(facilitator, center);
		UUID preparing = fixtures.session(facilitator, center);
		UUID prepared = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, prepared, Instant.now().minus(Duration.ofHours(1)));
		Browser browser = http().signedIn(facilitator.username());

		String all = browser.get("/").body();
		assertThat(all).contains("All (2)", "Preparation (1)", "Administration (1)", "/sessions/" + preparing,
				"/sessions/" + prepared);

		String administration = browser.get("/?sessions.phase=administration").body();
		String sessionList = administration.substring(administration.indexOf("id=\"sessions\""));
		assertThat(sessionList).contains("/sessions/" + prepared, "aria-current=\"page\">Administration (1)")
			.doesNotContain("/sessions/" + preparing);
		assertThat(browser.get("/?sessions.phase=integration").body()).contains("No session is in this phase");
		assertThat(browser.get("/?sessions.phase=nonsense").body()).contains("aria-current=\"page\">All (2)");
	}

	@Test
	void aFacilitatorFindsTheirOverdueIntegrationsUnderRemindersAndNobodyElseSeesThem() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID overdue = fixtures.sessionInIntegration(facilitator);
		UUID recent = fixtures.sessionInIntegration(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		assertThat(browser.get("/").body()).as("no reminder, no section").doesNotContain("id=\"reminders\"");

		reminders.remind(overdue);

		String home = browser.get("/").body().replaceAll("\\s+", " ");
		String reminderSection = home.substring(home.indexOf("id=\"reminders\""), home.indexOf("id=\"clients\""));
		assertThat(reminderSection).contains("Reminders", "href=\"/sessions/" + overdue + "\"",
				clientName(facilitator, overdue), "</a>: integration has been open since <span>",
				"Record the next integration session or certify completion.")
			.doesNotContain(recent.toString());
		String othersHome = http().signedIn(fixtures.facilitator().username()).get("/").body();
		assertThat(othersHome).doesNotContain("id=\"reminders\"", overdue.toString());

		fixtures.complete(facilitator, overdue, SessionStep.INTEGRATION_OFFER, SessionFixtures.integrationOffer(false));
		fixtures.complete(facilitator, overdue, SessionStep.COMPLETION_CERTIFICATION,
				SessionFixtures.completionCertified());
		assertThat(browser.get("/").body()).as("gone once integration is closed").doesNotContain("id=\"reminders\"");
	}

	@Test
	void aFacilitatorAcceptsOneInvitationAndDeclinesAnother() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter accepted = fixtures.center();
		ServiceCenter declined = fixtures.center();
		memberships.invite(fixtures.administratorOf(accepted), accepted.getId(), facilitator.username());
		memberships.invite(fixtures.administratorOf(declined), declined.getId(), facilitator.username());
		Browser browser = http().signedIn(facilitator.username());
		PageForms forms = new PageForms(http(), browser);

		assertThat(browser.get("/").body()).contains(accepted.getName(), declined.getName())
			.contains("action=\"/invitations/" + accepted.getId() + "/accept\"")
			.contains("action=\"/invitations/" + declined.getId() + "/decline\"");

		Reply accept = forms.post("/", "/invitations/" + accepted.getId() + "/accept", Map.of());
		Reply decline = forms.post("/", "/invitations/" + declined.getId() + "/decline", Map.of());

		assertThat(accept.status()).as("%s", accept).isEqualTo(302);
		assertThat(decline.status()).as("%s", decline).isEqualTo(302);
		assertThat(memberships.worksWith(accepted.getId(), facilitator.username())).isTrue();
		assertThat(memberships.membershipsOf(facilitator.username()))
			.anyMatch(m -> m.centerId().equals(declined.getId()) && m.status() == FacilitatorStatus.DECLINED);
		assertThat(browser.get("/").body()).doesNotContain("/invitations/");
	}

	@Test
	void invitationsCannotBeAnsweredWithoutTheFormsToken() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		memberships.invite(fixtures.administratorOf(center), center.getId(), facilitator.username());

		Reply forged = http().signedIn(facilitator.username())
			.post("/invitations/" + center.getId() + "/accept", "{}");

		assertThat(forged.status()).isEqualTo(403);
		assertThat(memberships.worksWith(center.getId(), facilitator.username())).isFalse();
	}

	@Test
	void centerAdministratorsFindTheirCentersAndOperatorsCockpit() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);

		String adminHome = http().signedIn(administrator.username()).get("/").body();
		assertThat(adminHome).contains("href=\"/centers/" + center.getId() + "\"", center.getName())
			.doesNotContain("Your practice", "/clients/new");

		String operatorHome = http().signedIn(fixtures.operator().username()).get("/").body();
		assertThat(operatorHome).contains("/camunda/app/cockpit/default/", "/camunda/app/admin/default/")
			.doesNotContain("Your practice", "/clients/new");
	}

	@Test
	void anonymousIsSentToSignIn() {
		Reply reply = http().browser().get("/");

		assertThat(reply.status()).isEqualTo(302);
		assertThat(reply.location()).endsWith("/login");
	}

	private String clientName(CurrentUser facilitator, UUID session) {
		return clients.get(facilitator.username(), records.record(facilitator, session).session().clientId())
			.profile()
			.legalName();
	}

	private static int count(String body, String needle) {
		Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(body);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
