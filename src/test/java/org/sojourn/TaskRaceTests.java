package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
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
 * Two people acting on one task at the same moment, over real HTTP through Sojourn's API and the engine's REST API:
 * exactly one wins, the other is told why with a 409, the session record holds the form once, and readers of the
 * session meanwhile are answered. Each race is started together by a barrier and repeated so that both orders (and
 * the true overlap) occur.
 */
@SojournTest
class TaskRaceTests {

	private static final int ROUNDS = 12;

	private static final String COMPLETED_MEANWHILE = "completed by someone else meanwhile";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	private SojournHttp http;

	private ExecutorService pool;

	@BeforeEach
	void start() {
		http = SojournHttp.onPort(port);
		pool = Executors.newFixedThreadPool(3);
	}

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	// ---- Two completions of one task ----

	@Test
	void twoAdministratorsCompletingOneTaskThroughTheApiOneWinsTheOtherIsToldWhy() {
		Center center = new Center();
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = center.preparedSession();
			String task = fixtures.openTask(center.first, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
			Map<String, Object> form = Map.of("data", schedule());

			List<Reply> replies = together(
					() -> http.basic(center.first.username()).post(completion(task), form),
					() -> http.basic(center.second.username()).post(completion(task), form),
					reader(center.facilitator, center.facilitatorBrowser, session));

			assertOneWon(replies.subList(0, 2), 204, COMPLETED_MEANWHILE);
			assertAnswered(replies.get(2));
			assertThat(steps(center.facilitator, session)).containsOnlyOnce("SCHEDULE_ADMINISTRATION");
		}
	}

	@Test
	void facilitatorCompletingOneTaskFromTwoWindowsIsRecordedOnce() {
		CurrentUser facilitator = fixtures.facilitator();
		Browser browser = http.signedIn(facilitator.username());
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = fixtures.session(facilitator, null);
			String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();
			Map<String, Object> form = Map.of("data", SessionFixtures.clearScreening());

			List<Reply> replies = together(() -> http.basic(facilitator.username()).post(completion(task), form),
					() -> http.basic(facilitator.username()).post(completion(task), form),
					reader(facilitator, browser, session));

			assertOneWon(replies.subList(0, 2), 204, COMPLETED_MEANWHILE);
			assertAnswered(replies.get(2));
			assertThat(steps(facilitator, session)).containsOnlyOnce("CLIENT_INFORMATION");
		}
	}

	@Test
	void twoAdministratorsSubmittingOneFormThroughEngineRestOneWinsTheOtherIsToldWhy() {
		Center center = new Center();
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = center.preparedSession();
			String task = fixtures.openTask(center.first, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
			// Tasklist submits the form; other engine REST clients complete the task: both doors race.
			String door = round % 2 == 0 ? "/submit-form" : "/complete";

			List<Reply> replies = together(
					() -> http.basic(center.first.username()).post("/engine-rest/task/" + task + door,
							variables(schedule())),
					() -> http.basic(center.second.username()).post("/engine-rest/task/" + task + door,
							variables(schedule())),
					reader(center.facilitator, center.facilitatorBrowser, session));

			assertOneWon(replies.subList(0, 2), 204, COMPLETED_MEANWHILE);
			assertAnswered(replies.get(2));
			assertThat(steps(center.facilitator, session)).containsOnlyOnce("SCHEDULE_ADMINISTRATION");
		}
	}

	@Test
	void completionsThroughBothDoorsAtOnceAreRecordedOnce() {
		Center center = new Center();
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = center.preparedSession();
			String task = fixtures.openTask(center.first, session, SessionStep.SCHEDULE_ADMINISTRATION).id();

			List<Reply> replies = together(
					() -> http.basic(center.first.username()).post(completion(task), Map.of("data", schedule())),
					() -> http.basic(center.second.username()).post("/engine-rest/task/" + task + "/submit-form",
							variables(schedule())));

			assertOneWon(replies, 204, COMPLETED_MEANWHILE);
			assertThat(steps(center.facilitator, session)).containsOnlyOnce("SCHEDULE_ADMINISTRATION");
		}
	}

	// ---- Two claims of one task ----

	@Test
	void twoAdministratorsClaimingOneTaskOneGetsItTheOtherIsToldWho() {
		Center center = new Center();
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = center.preparedSession();
			String task = fixtures.openTask(center.first, session, SessionStep.SCHEDULE_ADMINISTRATION).id();

			List<Reply> replies = together(() -> claim(center.first, task), () -> claim(center.second, task));

			assertNoServerError(replies);
			Reply won = winner(replies, 204);
			CurrentUser claimant = replies.indexOf(won) == 0 ? center.first : center.second;
			Reply lost = replies.get(1 - replies.indexOf(won));
			assertThat(lost.status()).as("the other claim: %s", lost).isEqualTo(409);
			assertThat(lost.json().path("message").asText()).contains("claimed by " + claimant.username());
			assertThat(http.basic(claimant.username()).get("/api/tasks/" + task).json().path("assignee").asText())
				.isEqualTo(claimant.username());
		}
	}

	// ---- Completion while another administrator claims ----

	@Test
	void completingWhileAnotherAdministratorClaimsEitherClaimsOrCompletesNeverBoth() {
		Center center = new Center();
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = center.preparedSession();
			String task = fixtures.openTask(center.first, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
			Supplier<Reply> complete = round % 2 == 0
					? () -> http.basic(center.second.username()).post(completion(task), Map.of("data", schedule()))
					: () -> http.basic(center.second.username())
						.post("/engine-rest/task/" + task + "/submit-form", variables(schedule()));

			List<Reply> replies = together(() -> claim(center.first, task), complete);

			assertNoServerError(replies);
			Reply claimed = replies.get(0);
			Reply completed = replies.get(1);
			List<String> steps = steps(center.facilitator, session);
			if (claimed.status() == 204) {
				assertThat(completed.status()).as("completion after the claim: %s", completed).isEqualTo(409);
				assertThat(completed.body()).contains("claimed by " + center.first.username());
				assertThat(steps).doesNotContain("SCHEDULE_ADMINISTRATION");
			}
			else {
				assertThat(completed.status()).as("completion: %s", completed).isEqualTo(204);
				assertThat(claimed.status()).as("claim after the completion: %s", claimed).isEqualTo(409);
				assertThat(claimed.json().path("message").asText()).contains(COMPLETED_MEANWHILE);
				assertThat(steps).containsOnlyOnce("SCHEDULE_ADMINISTRATION");
			}
		}
	}

	// ---- Two different changes of one session, where both may proceed ----

	@Test
	void aCompletionThatLostToAnotherChangeOfItsSessionIsRunAgainAndSucceeds() {
		Center center = new Center();
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = center.preparedSession();
			fixtures.complete(center.first, session, SessionStep.SCHEDULE_ADMINISTRATION, schedule());
			String task = fixtures.openTask(center.first, session, SessionStep.CHECK_IN).id();
			String preparation = formId(center.facilitator, session, "PREPARATION_CERTIFICATION");
			// Both change the session's own row: check-in marks the product consumed, the addendum corrects the
			// preparation time that the session keeps for its scheduling rule.
			Map<String, Object> addendum = Map.of("target", preparation, "reason", "Time corrected", "changes",
					Map.of("preparationSessionAt", Instant.now().minus(Duration.ofMinutes(90 + round)).toString()));

			List<Reply> replies = together(
					() -> http.basic(center.first.username())
						.post(completion(task), Map.of("data", SessionFixtures.checkIn())),
					() -> http.basic(center.facilitator.username()).post("/api/sessions/" + session + "/addenda", addendum));

			assertNoServerError(replies);
			assertThat(replies.get(0).status()).as("the completion: %s", replies.get(0)).isEqualTo(204);
			// The addendum is not run again: it either went first or is told to send it again.
			assertThat(replies.get(1).status()).as("the addendum: %s", replies.get(1)).isIn(201, 409);
			assertThat(steps(center.facilitator, session)).containsOnlyOnce("CHECK_IN");
		}
	}

	@Test
	void cancellingWhileTheCenterCompletesATaskLeavesOneConsistentOutcome() {
		Center center = new Center();
		for (int round = 0; round < ROUNDS; round++) {
			UUID session = center.preparedSession();
			String task = fixtures.openTask(center.first, session, SessionStep.SCHEDULE_ADMINISTRATION).id();

			List<Reply> replies = together(
					() -> http.basic(center.first.username()).post(completion(task), Map.of("data", schedule())),
					() -> http.basic(center.facilitator.username())
						.post("/api/sessions/" + session + "/cancellation",
								Map.of("kind", "CANCELLED", "reason", "The client rescheduled")));

			assertNoServerError(replies);
			Reply completed = replies.get(0);
			Reply cancelled = replies.get(1);
			assertThat(completed.status()).as("the completion: %s", completed).isIn(204, 409);
			assertThat(cancelled.status()).as("the cancellation: %s", cancelled).isIn(200, 409);
			Reply record = http.basic(center.facilitator.username()).get("/api/sessions/" + session);
			assertThat(record.json().path("session").path("status").asText())
				.isEqualTo(cancelled.status() == 200 ? "CANCELLED" : "ACTIVE");
			List<String> steps = steps(center.facilitator, session);
			if (completed.status() == 204) {
				assertThat(steps).containsOnlyOnce("SCHEDULE_ADMINISTRATION");
			}
			else {
				assertThat(steps).doesNotContain("SCHEDULE_ADMINISTRATION");
			}
		}
	}

	// ---- Helpers ----

	/** A center with two administrators and a facilitator who works with it, signed in to the session page. */
	private final class Center {

		final ServiceCenter center = fixtures.center();

		final CurrentUser first = fixtures.administratorOf(center);

		final CurrentUser second = fixtures.administratorOf(center);

		final CurrentUser facilitator = fixtures.facilitator();

		final Browser facilitatorBrowser;

		Center() {
			fixtures.enroll(facilitator, center);
			facilitatorBrowser = http.signedIn(facilitator.username());
		}

		/** A session prepared an hour ago, waiting for the center to schedule administration. */
		UUID preparedSession() {
			UUID session = fixtures.session(facilitator, center);
			fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
			return session;
		}

	}

	private static Map<String, Object> schedule() {
		return SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1)));
	}

	private static String completion(String task) {
		return "/api/tasks/" + task + "/completion";
	}

	private Reply claim(CurrentUser user, String task) {
		return http.basic(user.username()).post("/engine-rest/task/" + task + "/claim", Map.of("userId", user.username()));
	}

	/** Reads the session through the API and its page while the others race; answers the first failure or the last. */
	private Supplier<Reply> reader(CurrentUser facilitator, Browser browser, UUID session) {
		return () -> {
			Reply last = null;
			for (int read = 0; read < 3; read++) {
				last = http.basic(facilitator.username()).get("/api/sessions/" + session);
				if (last.status() != 200) {
					return last;
				}
				last = browser.get("/sessions/" + session);
				if (last.status() != 200) {
					return last;
				}
			}
			return last;
		};
	}

	/** Runs the requests on their own threads, released together by a barrier; answers their replies in order. */
	@SafeVarargs
	private List<Reply> together(Supplier<Reply>... requests) {
		CyclicBarrier start = new CyclicBarrier(requests.length);
		List<Future<Reply>> running = new ArrayList<>();
		for (Supplier<Reply> request : requests) {
			running.add(pool.submit(() -> {
				start.await(30, TimeUnit.SECONDS);
				return request.get();
			}));
		}
		List<Reply> replies = new ArrayList<>();
		for (Future<Reply> reply : running) {
			try {
				replies.add(reply.get(120, TimeUnit.SECONDS));
			}
			catch (Exception e) {
				throw new AssertionError("A racing request did not finish", e);
			}
		}
		return replies;
	}

	/** One of the two won with the status; the other is a 409 whose message has the phrase; no 5xx. */
	private static void assertOneWon(List<Reply> contenders, int winningStatus, String phrase) {
		assertNoServerError(contenders);
		Reply won = winner(contenders, winningStatus);
		Reply lost = contenders.get(1 - contenders.indexOf(won));
		assertThat(lost.status()).as("the other: %s", lost).isEqualTo(409);
		assertThat(lost.body()).as("the other: %s", lost).contains(phrase);
	}

	private static Reply winner(List<Reply> contenders, int winningStatus) {
		List<Reply> won = contenders.stream().filter(reply -> reply.status() == winningStatus).toList();
		assertThat(won).as("exactly one wins: %s", contenders).hasSize(1);
		return won.get(0);
	}

	private static void assertNoServerError(List<Reply> replies) {
		assertThat(replies).as("no server error")
			.allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isLessThan(500));
	}

	private static void assertAnswered(Reply read) {
		assertThat(read.status()).as("a reader during the race: %s", read).isEqualTo(200);
	}

	private List<String> steps(CurrentUser user, UUID session) {
		Reply record = http.basic(user.username()).get("/api/sessions/" + session);
		assertThat(record.status()).as("%s", record).isEqualTo(200);
		List<String> steps = new ArrayList<>();
		record.json().path("forms").forEach(form -> steps.add(form.path("step").asText()));
		return steps;
	}

	private String formId(CurrentUser user, UUID session, String step) {
		for (var form : http.basic(user.username()).get("/api/sessions/" + session).json().path("forms")) {
			if (form.path("step").asText().equals(step)) {
				return form.path("id").asText();
			}
		}
		throw new AssertionError("Session " + session + " has no form " + step);
	}

	/** The form as Tasklist submits it to the engine: each field a typed variable. */
	private static Map<String, Object> variables(Map<String, Object> data) {
		Map<String, Object> variables = new LinkedHashMap<>();
		data.forEach((key, value) -> variables.put(key, Map.of("value", value, "type", typeOf(value))));
		return Map.of("variables", variables);
	}

	private static String typeOf(Object value) {
		if (value instanceof Boolean) {
			return "Boolean";
		}
		if (value instanceof Integer) {
			return "Integer";
		}
		return "String";
	}

}
