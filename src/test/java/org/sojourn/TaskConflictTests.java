package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person is told who acts on a task after someone else did: completed or claimed by another, closed with its
 * session, or never theirs. 409 with what happened when the task was theirs to act on, 404 when it never was; never
 * 500, through Sojourn's API and engine REST alike.
 */
@SojournTest
class TaskConflictTests {

	private static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	private SojournHttp http;

	private ServiceCenter center;

	private CurrentUser carla;

	private CurrentUser dana;

	private CurrentUser facilitator;

	private UUID session;

	private String task;

	@BeforeEach
	void sessionWaitingForTheCenter() {
		http = SojournHttp.onPort(port);
		center = fixtures.center();
		carla = fixtures.administratorOf(center);
		dana = fixtures.administratorOf(center);
		facilitator = fixtures.facilitator();
		session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		task = fixtures.openTask(carla, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
	}

	@Test
	void completingThroughTheApiATaskAnotherAdministratorCompletedIsAConflict() {
		assertThat(completeThroughApi(carla).status()).isEqualTo(204);

		Reply late = completeThroughApi(dana);

		assertProblem(late, "completed", "This task was completed by someone else meanwhile.");
		assertThat(formCount()).isEqualTo(1);
	}

	@Test
	void completingThroughEngineRestATaskAlreadyCompletedIsAConflict() {
		assertThat(completeThroughApi(carla).status()).isEqualTo(204);

		for (String door : new String[] { "/complete", "/submit-form" }) {
			Reply late = http.basic(dana.username()).post("/engine-rest/task/" + task + door, variables());

			assertEngineConflict(late, "completed", "completed by someone else meanwhile");
		}
		assertThat(formCount()).isEqualTo(1);
	}

	@Test
	void claimingATaskClaimedByAnotherAdministratorNamesThem() {
		assertThat(claim(carla).status()).isEqualTo(204);

		Reply late = claim(dana);

		assertEngineConflict(late, "claimed", "claimed by " + carla.username());
		assertThat(late.json().path("claimedBy").asText()).isEqualTo(carla.username());
		assertThat(http.basic(carla.username()).get("/api/tasks/" + task).json().path("assignee").asText())
			.isEqualTo(carla.username());
	}

	@Test
	void inTasklistClaimingATaskClaimedByAnotherAdministratorNamesThem() {
		assertThat(claim(carla).status()).isEqualTo(204);

		Reply late = tasklist(dana).post(TASKLIST_ENGINE + "/task/" + task + "/claim", Map.of("userId", dana.username()));

		assertEngineConflict(late, "claimed", "claimed by " + carla.username());
		assertThat(late.json().path("claimedBy").asText()).isEqualTo(carla.username());
	}

	@Test
	void inTasklistSubmittingATaskAnotherAdministratorCompletedIsAConflict() {
		assertThat(completeThroughApi(carla).status()).isEqualTo(204);

		Browser browser = tasklist(dana);
		for (String door : new String[] { "/complete", "/submit-form" }) {
			assertEngineConflict(browser.post(TASKLIST_ENGINE + "/task/" + task + door, variables()), "completed",
					"completed by someone else meanwhile");
		}
		assertEngineConflict(browser.post(TASKLIST_ENGINE + "/task/" + task + "/claim", Map.of("userId", dana.username())),
				"completed", "completed by someone else meanwhile");
		assertThat(formCount()).isEqualTo(1);
	}

	@Test
	void inTasklistATaskNeverOfferedToTheUserIsMissing() {
		CurrentUser stranger = fixtures.administratorOf(fixtures.center());
		assertThat(completeThroughApi(carla).status()).isEqualTo(204);

		Reply submitted = tasklist(stranger).post(TASKLIST_ENGINE + "/task/" + task + "/submit-form", variables());

		assertThat(submitted.status()).as("%s", submitted).isEqualTo(404);
		assertThat(submitted.body()).doesNotContain("completed");
	}

	@Test
	void claimingATaskOneHoldsAlreadySucceedsAgain() {
		assertThat(claim(carla).status()).isEqualTo(204);

		assertThat(claim(carla).status()).isEqualTo(204);
	}

	@Test
	void claimingACompletedTaskIsAConflict() {
		assertThat(completeThroughApi(carla).status()).isEqualTo(204);

		assertEngineConflict(claim(dana), "completed", "completed by someone else meanwhile");
	}

	@Test
	void completingATaskAnotherAdministratorClaimedIsAConflictNamingThem() {
		assertThat(claim(carla).status()).isEqualTo(204);

		assertProblem(completeThroughApi(dana), "claimed", "claimed by " + carla.username());
		assertEngineConflict(http.basic(dana.username()).post("/engine-rest/task/" + task + "/submit-form", variables()),
				"claimed", "claimed by " + carla.username());
		assertThat(formCount()).isZero();
		assertThat(completeThroughApi(carla).status()).isEqualTo(204);
	}

	@Test
	void completingATaskOfACancelledSessionSaysItIsNoLongerOpen() {
		Reply cancelled = http.basic(facilitator.username())
			.post("/api/sessions/" + session + "/cancellation", Map.of("kind", "CANCELLED", "reason", "Rescheduled"));
		assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);

		assertProblem(completeThroughApi(carla), "closed", "no longer open");
		assertEngineConflict(claim(carla), "closed", "no longer open");
	}

	@Test
	void aTaskNeverOfferedToTheUserIsMissingWhateverBecameOfIt() {
		CurrentUser stranger = fixtures.administratorOf(fixtures.center());
		assertThat(completeThroughApi(carla).status()).isEqualTo(204);

		Reply api = http.basic(stranger.username()).post("/api/tasks/" + task + "/completion", Map.of("data", schedule()));
		Reply engine = http.basic(stranger.username()).post("/engine-rest/task/" + task + "/submit-form", variables());
		Reply claim = http.basic(stranger.username())
			.post("/engine-rest/task/" + task + "/claim", Map.of("userId", stranger.username()));

		assertThat(api.status()).as("%s", api).isEqualTo(404);
		assertThat(engine.status()).as("%s", engine).isEqualTo(404);
		assertThat(claim.status()).as("%s", claim).isEqualTo(404);
		assertThat(api.body() + engine.body() + claim.body()).doesNotContain("completed");
	}

	@Test
	void aTaskThatNeverExistedIsMissing() {
		String none = UUID.randomUUID().toString();

		Reply api = http.basic(carla.username()).post("/api/tasks/" + none + "/completion", Map.of("data", schedule()));
		Reply engine = http.basic(carla.username()).post("/engine-rest/task/" + none + "/complete", variables());
		Reply claim = http.basic(carla.username())
			.post("/engine-rest/task/" + none + "/claim", Map.of("userId", carla.username()));

		assertThat(api.status()).as("%s", api).isEqualTo(404);
		assertThat(engine.status()).as("%s", engine).isEqualTo(404);
		assertThat(engine.json().path("message").asText()).contains(none);
		assertThat(claim.status()).as("%s", claim).isEqualTo(404);
	}

	private Reply completeThroughApi(CurrentUser user) {
		return http.basic(user.username()).post("/api/tasks/" + task + "/completion", Map.of("data", schedule()));
	}

	/** Tasklist's own copy of the engine API, as its scripts call it from a signed-in browser. */
	private Browser tasklist(CurrentUser user) {
		Browser browser = http.signedIn(user.username());
		browser.webappCsrfToken();
		return browser;
	}

	private Reply claim(CurrentUser user) {
		return http.basic(user.username()).post("/engine-rest/task/" + task + "/claim", Map.of("userId", user.username()));
	}

	private static Map<String, Object> schedule() {
		return SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1)));
	}

	private static Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		schedule().forEach((key, value) -> variables.put(key, Map.of("value", value, "type", "String")));
		return Map.of("variables", variables);
	}

	private long formCount() {
		Reply record = http.basic(facilitator.username()).get("/api/sessions/" + session);
		assertThat(record.status()).isEqualTo(200);
		long count = 0;
		for (var form : record.json().path("forms")) {
			if (form.path("step").asText().equals("SCHEDULE_ADMINISTRATION")) {
				count++;
			}
		}
		return count;
	}

	private static void assertProblem(Reply reply, String reason, String phrase) {
		assertThat(reply.status()).as("%s", reply).isEqualTo(409);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(reply.json().path("reason").asText()).isEqualTo(reason);
		assertThat(reply.json().path("title").asText()).isNotBlank();
		assertThat(reply.json().path("detail").asText()).contains(phrase);
	}

	private static void assertEngineConflict(Reply reply, String reason, String phrase) {
		assertThat(reply.status()).as("%s", reply).isEqualTo(409);
		assertThat(reply.json().path("type").asText()).isEqualTo("TaskConflict");
		assertThat(reply.json().path("reason").asText()).isEqualTo(reason);
		assertThat(reply.json().path("message").asText()).contains(phrase);
	}

}
