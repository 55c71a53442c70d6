package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Tasklist as a browser uses it: signed in once through Sojourn's form, the webapp's own engine API shows a person
 * only their tasks, and a form submitted there runs Sojourn's checks and lands in the session record.
 */
@SojournTest
class TasklistTests {

	private static final String ENGINE = "/camunda/api/engine/engine/default";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwords;

	/** An account an operator inserted into Sojourn's tables (or a restore brought) is known to Tasklist by its first sign-in. */
	@Test
	void anAccountInsertedIntoTheTablesIsKnownToTasklistFromItsFirstSignIn() {
		String username = SessionFixtures.unique("inserted");
		jdbc.update("insert into app.account (username, password_hash, display_name, email, operator, enabled, created_at)"
				+ " values (?, ?, ?, ?, false, true, ?)", username, passwords.encode(SessionFixtures.PASSWORD),
				"Inserted " + username, username + "@example.org", java.sql.Timestamp.from(Instant.now()));
		Browser browser = http().signedIn(username);

		Reply tasks = browser.get(ENGINE + "/task");

		assertThat(tasks.status()).as("%s", tasks).isEqualTo(200);
		assertThat(tasks.json()).isEmpty();
	}

	@Test
	void facilitatorSeesOnlyTheirOwnTasksInTasklist() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser otherFacilitator = fixtures.facilitator();
		String task = taskId(facilitator, fixtures.session(facilitator, null), SessionStep.CLIENT_INFORMATION);
		String otherTask = taskId(otherFacilitator, fixtures.session(otherFacilitator, null),
				SessionStep.CLIENT_INFORMATION);
		Browser browser = http().signedIn(facilitator.username());
		Browser otherBrowser = http().signedIn(otherFacilitator.username());

		assertThat(taskIds(browser.get(ENGINE + "/task"))).containsExactly(task);
		assertThat(taskIds(otherBrowser.get(ENGINE + "/task"))).containsExactly(otherTask);
		assertThat(browser.get(ENGINE + "/task/count").json().path("count").asLong()).isEqualTo(1);
		assertThat(browser.get(ENGINE + "/task/" + otherTask).status()).isEqualTo(404);
		assertThat(otherBrowser.get(ENGINE + "/task/" + task).status()).isEqualTo(404);
	}

	@Test
	void facilitatorsMyTasksFilterListsTheirTask() {
		CurrentUser facilitator = fixtures.facilitator();
		String task = taskId(facilitator, fixtures.session(facilitator, null), SessionStep.CLIENT_INFORMATION);
		Browser browser = http().signedIn(facilitator.username());

		assertThat(taskIds(browser.get(ENGINE + "/filter/" + filterId(browser, "My tasks") + "/list")))
			.containsExactly(task);
	}

	/**
	 * Tasklist loads its filters with their task counts. A facilitator who administers no center
	 * still gets both shared filters with their counts.
	 */
	@Test
	void facilitatorsFilterListWithCountsLoads() {
		CurrentUser facilitator = fixtures.facilitator();
		String task = taskId(facilitator, fixtures.session(facilitator, null), SessionStep.CLIENT_INFORMATION);
		Browser browser = http().signedIn(facilitator.username()).openTasklist();

		Reply filters = browser.get(ENGINE + "/filter?resourceType=Task&itemCount=true");
		Reply myCenter = browser.get(ENGINE + "/filter/" + filterId(browser, "My center") + "/list");

		assertThat(filters.status()).as("%s", filters).isEqualTo(200);
		Map<String, Long> counts = new HashMap<>();
		filters.json().forEach(filter -> counts.put(filter.path("name").asText(), filter.path("itemCount").asLong()));
		assertThat(counts).containsEntry("My tasks", 1L).containsEntry("My center", 0L);
		assertThat(taskIds(myCenter)).doesNotContain(task).isEmpty();
	}

	@Test
	void centerAdministratorSeesTheCentersCandidateTaskInTasklist() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser otherAdministrator = fixtures.administratorOf(fixtures.center());
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		String task = taskId(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION);
		Browser browser = http().signedIn(administrator.username());

		assertThat(taskIds(browser.get(ENGINE + "/task"))).containsExactly(task);
		assertThat(taskIds(browser.get(ENGINE + "/filter/" + filterId(browser, "My center") + "/list")))
			.containsExactly(task);
		Reply read = browser.get(ENGINE + "/task/" + task);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("assignee").isNull()).isTrue();
		assertThat(taskIds(http().signedIn(otherAdministrator.username()).get(ENGINE + "/task"))).isEmpty();
		assertThat(taskIds(http().signedIn(facilitator.username()).get(ENGINE + "/task"))).doesNotContain(task);
	}

	@Test
	void webappsKnowTheSignedInFacilitatorAndOpenOnlyTasklist() {
		CurrentUser facilitator = fixtures.facilitator();

		Reply user = http().signedIn(facilitator.username())
			.openTasklist()
			.get("/camunda/api/admin/auth/user/default");

		assertThat(user.status()).isEqualTo(200);
		assertThat(user.json().path("userId").asText()).isEqualTo(facilitator.username());
		assertThat(apps(user)).contains("tasklist").doesNotContain("cockpit", "admin");
	}

	@Test
	void webappsOpenCockpitAndAdminForAnOperator() {
		CurrentUser operator = fixtures.operator();

		Reply user = http().signedIn(operator.username())
			.openTasklist()
			.get("/camunda/api/admin/auth/user/default");

		assertThat(user.status()).isEqualTo(200);
		assertThat(user.json().path("userId").asText()).isEqualTo(operator.username());
		assertThat(apps(user)).contains("cockpit", "admin");
	}

	@Test
	void anonymousVisitorIsSentToSignIn() {
		Reply tasklist = http().browser().get("/camunda/app/tasklist/default/");

		assertThat(tasklist.status()).isEqualTo(302);
		assertThat(tasklist.location()).endsWith("/login");
	}

	@Test
	void formThatFailsSojournsChecksIsRefusedInTasklistWithSojournsMessage() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		String task = taskId(facilitator, session, SessionStep.CONSENTS_AND_PLANS);
		Map<String, Object> consents = SessionFixtures.consents();
		consents.put("billOfRightsAcknowledged", false);
		Browser browser = http().signedIn(facilitator.username());
		browser.webappCsrfToken();

		Reply refused = browser.post(ENGINE + "/task/" + task + "/submit-form", typedVariables(consents));

		assertThat(refused.status()).as("%s", refused).isEqualTo(400);
		assertThat(refused.json().path("message").asText())
			.contains("'The client received and acknowledged the client bill of rights' must be confirmed.");
		assertThat(browser.get(ENGINE + "/task/" + task).status()).isEqualTo(200);
		assertThat(formSteps(record(facilitator, session))).containsExactly("CLIENT_INFORMATION");
	}

	@Test
	void validFormSubmittedInTasklistIsRecordedAsTheUsers() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);
		Browser browser = http().signedIn(facilitator.username());
		browser.webappCsrfToken();

		Reply submitted = browser.post(ENGINE + "/task/" + task + "/submit-form",
				typedVariables(SessionFixtures.clearScreening()));

		assertThat(submitted.status()).as("%s", submitted).isEqualTo(204);
		JsonNode record = record(facilitator, session);
		assertThat(formSteps(record)).containsExactly("CLIENT_INFORMATION");
		JsonNode form = record.path("forms").get(0);
		assertThat(form.path("submittedBy").asText()).isEqualTo(facilitator.username());
		assertThat(form.path("answers").path("clientIs21OrOlder").asText()).isEqualTo("yes");
		assertThat(record.path("screeningOutcome").asText()).isEqualTo("CLEAR");
		assertThat(browser.get(ENGINE + "/task/" + task).status()).isEqualTo(404);
	}

	@Test
	void dosesTypedAsNumbersAreAccepted() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		String task = taskId(facilitator, session, SessionStep.DOSE_ESTIMATE);
		Browser browser = http().signedIn(facilitator.username());
		browser.webappCsrfToken();

		Reply overTheCap = browser.post(ENGINE + "/task/" + task + "/submit-form",
				typedVariables(Map.of("estimatedInitialDoseMg", 40.0, "estimatedSecondaryDoseMg", 15L)));
		Reply submitted = browser.post(ENGINE + "/task/" + task + "/submit-form",
				typedVariables(Map.of("estimatedInitialDoseMg", 20.0)));

		assertThat(overTheCap.status()).as("%s", overTheCap).isEqualTo(400);
		assertThat(overTheCap.json().path("message").asText()).contains("55 mg is over the limit of 50 mg");
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(204);
		assertThat(formSteps(record(facilitator, session))).containsExactly("CLIENT_INFORMATION",
				"CONSENTS_AND_PLANS", "DOSE_ESTIMATE");
	}

	@Test
	void submissionWithoutTheWebappsCsrfTokenIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = taskId(facilitator, session, SessionStep.CLIENT_INFORMATION);
		Browser browser = http().signedIn(facilitator.username());

		Reply refused = browser.post(ENGINE + "/task/" + task + "/submit-form",
				typedVariables(SessionFixtures.clearScreening()));

		assertThat(refused.status()).as("%s", refused).isEqualTo(403);
		assertThat(record(facilitator, session).path("forms")).isEmpty();
	}

	@Test
	void signingOutOfTasklistSignsOutOfSojourn() {
		CurrentUser facilitator = fixtures.facilitator();
		Browser browser = http().signedIn(facilitator.username());
		browser.webappCsrfToken();

		Reply signedOut = browser.post("/camunda/api/admin/auth/user/default/logout", null);

		assertThat(signedOut.status()).as("%s", signedOut).isIn(200, 204, 302);
		Reply tasklist = browser.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.status()).isEqualTo(302);
		assertThat(tasklist.location()).endsWith("/login");
		assertThat(browser.get("/").status()).isEqualTo(302);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

	private String taskId(CurrentUser user, UUID session, SessionStep step) {
		return fixtures.openTask(user, session, step).id();
	}

	private static String filterId(Browser browser, String name) {
		Reply filters = browser.get(ENGINE + "/filter?resourceType=Task&name=" + name.replace(' ', '+'));
		assertThat(filters.status()).as("%s", filters).isEqualTo(200);
		assertThat(filters.json()).as("%s", filters).hasSize(1);
		return filters.json().get(0).path("id").asText();
	}

	private JsonNode record(CurrentUser user, UUID session) {
		Reply record = http().basic(user.username()).get("/api/sessions/" + session);
		assertThat(record.status()).as("%s", record).isEqualTo(200);
		return record.json();
	}

	private static List<String> taskIds(Reply tasks) {
		assertThat(tasks.status()).as("%s", tasks).isEqualTo(200);
		return tasks.ids("", "id");
	}

	private static List<String> apps(Reply user) {
		List<String> apps = new ArrayList<>();
		user.json().path("authorizedApps").forEach(app -> apps.add(app.asText()));
		return apps;
	}

	private static List<String> formSteps(JsonNode record) {
		List<String> steps = new ArrayList<>();
		record.path("forms").forEach(form -> steps.add(form.path("step").asText()));
		return steps;
	}

	/** The form's values as Tasklist submits them: each field a typed variable. */
	private static Map<String, Object> typedVariables(Map<String, Object> data) {
		Map<String, Object> variables = new LinkedHashMap<>();
		data.forEach((key, value) -> variables.put(key, Map.of("value", value, "type", typeOf(value))));
		return Map.of("variables", variables);
	}

	private static String typeOf(Object value) {
		if (value instanceof Boolean) {
			return "Boolean";
		}
		if (value instanceof Long || value instanceof Integer) {
			return "Long";
		}
		if (value instanceof Double) {
			return "Double";
		}
		return "String";
	}

}
