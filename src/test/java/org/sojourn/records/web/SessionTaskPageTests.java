package org.sojourn.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session page's own door for completing and claiming a task: the same completion as the API, its refusals as
 * problem details naming the field, nothing for anyone the task is not for, and nothing without the page's CSRF token.
 */
@SojournTest
class SessionTaskPageTests {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	private int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	SessionRecords records;

	@Test
	void aCompletionFromThePageIsRecordedAndNamesTheSessionsNextTask() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();
		Browser page = http().signedIn(facilitator.username());

		Reply done = complete(page, session, task, SessionFixtures.clearScreening());

		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		String next = fixtures.openTask(facilitator, session, SessionStep.CONSENTS_AND_PLANS).id();
		assertThat(done.json().path("next").asText()).isEqualTo(next);
		assertThat(records.record(facilitator, session).forms()).singleElement()
			.satisfies(form -> assertThat(form.submittedBy()).isEqualTo(facilitator.username()));
	}

	@Test
	void aRefusalIsAProblemDetailNamingItsFieldAndTheTaskStaysOpen() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		String task = fixtures.openTask(facilitator, session, SessionStep.DOSE_ESTIMATE).id();

		Reply refused = complete(http().signedIn(facilitator.username()), session, task,
				Map.of("estimatedInitialDoseMg", 40, "estimatedSecondaryDoseMg", 15));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.json().path("rule").asText()).isEqualTo("dose-cap");
		assertThat(refused.json().path("field").asText()).isEqualTo("estimatedSecondaryDoseMg");
		assertThat(fixtures.openTask(facilitator, session, SessionStep.DOSE_ESTIMATE).id()).isEqualTo(task);
		assertThat(records.record(facilitator, session).forms()).hasSize(2);
	}

	@Test
	void aTaskThatIsNotTheUsersOrNotOfThatSessionIsMissingAndNothingIsWritten() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser other = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		UUID othersSession = fixtures.session(other, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();
		String othersTask = fixtures.openTask(other, othersSession, SessionStep.CLIENT_INFORMATION).id();
		Browser page = http().signedIn(facilitator.username());

		// The other facilitator sends the task through their own session's page, with that page's valid token.
		Reply outsider = complete(http().signedIn(other.username()), othersSession, task,
				SessionFixtures.clearScreening());
		Reply elsewhere = complete(page, session, othersTask, SessionFixtures.clearScreening());

		assertThat(outsider.status()).as(outsider.toString()).isEqualTo(404);
		assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(404);
		assertThat(records.record(facilitator, session).forms()).isEmpty();
		assertThat(records.record(other, othersSession).forms()).isEmpty();
	}

	@Test
	void withoutThePagesCsrfTokenNothingIsCompleted() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();
		Browser page = http().signedIn(facilitator.username());

		Reply forged = page.raw("POST", "/sessions/" + session + "/tasks/" + task + "/completion",
				Map.of("Content-Type", "application/json", "Accept", "application/json"),
				JSON.writeValueAsBytes(SessionFixtures.clearScreening()));

		assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
		assertThat(records.record(facilitator, session).forms()).isEmpty();
	}

	@Test
	void aCenterTaskClaimedOnThePageIsHeldByThatAdministrator() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, java.time.Instant.now().minus(java.time.Duration.ofDays(3)));
		String task = fixtures.openTask(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION).id();

		Reply claimed = http().signedIn(administrator.username())
			.submitForm("/sessions/" + session, "/sessions/" + session + "/tasks/" + task + "/claim", Map.of());

		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(302);
		assertThat(claimed.location()).endsWith("/sessions/" + session + "#task-" + task);
		assertThat(fixtures.openTask(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION).assignee())
			.isEqualTo(administrator.username());
	}

	/** Posts the values as the page's script does: JSON, with the CSRF token of the session's page ). */
	private Reply complete(Browser page, UUID session, String task, Map<String, Object> data) throws Exception {
		Matcher matcher = CSRF_META.matcher(page.get("/sessions/" + session).body());
		assertThat(matcher.find()).as("the session page carries its CSRF token").isTrue();
		String token = matcher.group(1);
		return page.raw("POST", "/sessions/" + session + "/tasks/" + task + "/completion",
				Map.of("Content-Type", "application/json", "Accept", "application/json", "X-CSRF-TOKEN", token),
				JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
