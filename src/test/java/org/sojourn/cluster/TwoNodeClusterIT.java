package org.sojourn.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Sojourn nodes (the built jar, twice) on one PostgreSQL database, job executors on. Sessions of every plan are
 * driven through their lifecycle over the API, each act sent to the two nodes in turn, several sessions at once.
 * One node is killed (kill -9) while completions are under way on it; what it left unanswered is retried on the
 * other node, which carries on alone while the killed node restarts, and then both share the rest. Afterwards every
 * session must be where its plan ends, none lost or doubled, Sojourn's tables and the engine's must agree, and every
 * deadline timer of the sessions (integration overdue, a form open too long, the preparation window ending and
 * lapsed, administration soon) and the quarterly reminders' timer start, made due in the database, must fire once
 * across the two nodes, each notification and each mail once.
 *
 * <p>Needs PostgreSQL, the empty database {@code sojourn_cluster} (or the one {@link ClusterDatabase#forRole} names)
 * and the built jar: run by {@code .ci/run}, or by
 * hand as the README's "Cluster tests" says. Node logs go to {@code target/cluster/two-nodes/}.
 */
class TwoNodeClusterIT {

	/** Sessions of each plan; more with -Dsojourn.cluster.sessions-per-plan=N. */
	private static final int SESSIONS_PER_PLAN = Integer.getInteger("sojourn.cluster.sessions-per-plan", 3);

	/** The round of acts during which a node is killed: preparation is done, administration begins. */
	private static final int KILL_ROUND = 4;

	private static final Duration START = Duration.ofMinutes(3);

	private final ClusterDatabase database = ClusterDatabase.forRole("");

	private final Practice practice = new Practice(2, 2);

	private final Path logs = Path.of(System.getProperty("sojourn.cluster.logs", "target/cluster"), "two-nodes");

	private final List<AutoCloseable> closing = new ArrayList<>();

	@AfterEach
	void stopEverything() throws Exception {
		for (int i = closing.size() - 1; i >= 0; i--) {
			closing.get(i).close();
		}
	}

	@Test
	void sessionsStayWholeAndConsistentThroughAKillOfOneNodeAndEachReminderFiresOnce() throws Exception {
		database.requireEmpty();
		// One node first: it creates the engine's tables and Sojourn's schema (two starting on an empty database would
		// both try); the accounts go into that schema.
		SojournNode a = node("node-a").start().awaitReady(START);
		practice.createAccounts(database);
		SojournNode b = node("node-b").start().awaitReady(START);
		practice.openCenter(List.of(a, b));
		SessionDriver driver = new SessionDriver(List.of(a, b), practice, 6);
		closing.add(driver);
		List<DrivenSession> sessions = new ArrayList<>();
		for (Plan plan : Plan.values()) {
			for (int i = 0; i < SESSIONS_PER_PLAN; i++) {
				sessions.add(driver.open(plan, sessions.size()));
			}
		}

		for (int round = 0; round < KILL_ROUND; round++) {
			driver.round(sessions);
		}
		boolean killedWithCompletionsUnderWay = roundWithAKill(driver, sessions, a);
		a.start();
		driver.round(sessions);
		a.awaitReady(START);
		driver.finish(sessions);

		Tally tally = driver.tally();
		System.out.println("Two nodes: " + tally);
		assertThat(tally.unexpected).as("answers no plan allows").isEmpty();
		assertThat(killedWithCompletionsUnderWay).as("node-a had completions under way when it was killed").isTrue();
		assertThat(tally.completionsUnansweredAtKill.get()).as("completions the kill left unanswered").isPositive();
		for (DrivenSession session : sessions) {
			assertEndOfPlan(driver.record(session), session);
		}
		assertThat(database.rows("select cast(id as varchar) as id from app.service_session"))
			.as("every session the API created, once, and no other")
			.extracting(row -> row.get("id"))
			.containsExactlyInAnyOrderElementsOf(sessions.stream().map(session -> session.id.toString()).toList());
		assertThat(SessionConsistency.problems(database)).as("Sojourn's records against the engine's").isEmpty();

		remindersFireOnceAcrossTheNodes(sessions, a, b);
		assertThat(SessionConsistency.problems(database)).as("Sojourn's records against the engine's, reminded")
			.isEmpty();
		for (DeadlineTimer timer : List.of(DeadlineTimer.FORMS_OUTSTANDING, DeadlineTimer.PREPARATION_WINDOW_ENDING,
				DeadlineTimer.PREPARATION_WINDOW_LAPSED, DeadlineTimer.ADMINISTRATION_SOON)) {
			deadlineFiresOnceAcrossTheNodes(timer, sessions);
		}
		quarterlyReminderFiresOnceAcrossTheNodes();
		assertThat(SessionConsistency.problems(database)).as("Sojourn's records against the engine's, every timer fired")
			.isEmpty();
	}

	/**
	 * The sessions whose plan pauses where the timer waits get one job each and nobody else; made due, each fires once
	 * across the two nodes, tells each of its recipients once (the facilitator, and for the center's deadlines its
	 * administrators too) and mails each of them once.
	 */
	private void deadlineFiresOnceAcrossTheNodes(DeadlineTimer timer, List<DrivenSession> sessions) {
		Map<String, Long> oncePerSession = sessions.stream()
			.filter(session -> session.plan == planWaitingFor(timer))
			.collect(Collectors.toMap(session -> session.id.toString(), session -> 1L));
		assertThat(oncePerSession).as("sessions whose %s timer waits", timer).isNotEmpty();
		assertThat(timer.waiting(database)).as("a %s timer waits for each such session only", timer)
			.isEqualTo(oncePerSession);
		assertThat(firedFor(timer, oncePerSession)).as("no %s before its time", timer).isEmpty();

		assertThat(timer.makeDue(database)).isEqualTo(oncePerSession.size());
		Eventually.holds("the nodes' job executors run every due " + timer + " timer", Duration.ofMinutes(2),
				() -> timer.waiting(database).isEmpty());

		System.out.println(timer + " timers run by node: " + timer.runsByNode(database) + ", failed runs: "
				+ timer.failedRuns(database));
		assertThat(firedFor(timer, oncePerSession)).as("%s service tasks in the engine's history", timer)
			.isEqualTo(oncePerSession);
		long recipients = timer == DeadlineTimer.FORMS_OUTSTANDING ? 1 : 1 + practice.administrators.size();
		Map<String, Long> everyRecipientOnce = oncePerSession.keySet()
			.stream()
			.collect(Collectors.toMap(Function.identity(), session -> recipients));
		assertThat(timer.notified(database)).as("%s notifications, per session", timer).isEqualTo(everyRecipientOnce);
		long expected = oncePerSession.size() * recipients;
		Eventually.holds("each " + timer + " mail delivered", Duration.ofMinutes(2),
				() -> timer.mails(database)[1] == expected);
		assertThat(timer.mails(database)).as("%s mails written and delivered, once each", timer)
			.containsExactly(expected, expected);
	}

	/**
	 * The timer's service task runs of these sessions. Others may have run it too and been silent: an administration
	 * scheduled in the past is announced at once, and raises nothing since its time has passed.
	 */
	private Map<String, Long> firedFor(DeadlineTimer timer, Map<String, Long> sessions) {
		return timer.fired(database)
			.entrySet()
			.stream()
			.filter(fired -> sessions.containsKey(fired.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The plan that leaves a session where the timer waits. */
	private static Plan planWaitingFor(DeadlineTimer timer) {
		return switch (timer) {
			case FORMS_OUTSTANDING -> Plan.OPEN_AT_CLIENT_INFORMATION;
			case PREPARATION_WINDOW_ENDING, PREPARATION_WINDOW_LAPSED -> Plan.OPEN_AT_SCHEDULING;
			case ADMINISTRATION_SOON -> Plan.OPEN_AT_CHECK_IN;
			case INTEGRATION_OVERDUE -> throw new IllegalArgumentException("several plans end in integration");
		};
	}

	/**
	 * The quarterly reminders' one timer start job, made due, starts one instance across the two nodes, which tells
	 * each of the center's administrators once and mails each once; the job then waits for the next quarter.
	 */
	private void quarterlyReminderFiresOnceAcrossTheNodes() {
		assertThat(QuarterlyReminderTimer.waiting(database)).as("one timer start job of the reminders").isEqualTo(1);
		assertThat(QuarterlyReminderTimer.instances(database)).as("no reminder before its time").isZero();

		assertThat(QuarterlyReminderTimer.makeDue(database)).isEqualTo(1);
		Eventually.holds("a node's job executor runs the reminders' timer start", Duration.ofMinutes(2),
				() -> QuarterlyReminderTimer.instancesEnded(database) == 1);

		System.out.println("Quarterly reminder run by node: "
				+ DeadlineTimer.runsByNode(database, QuarterlyReminderTimer.TIMER));
		assertThat(QuarterlyReminderTimer.instances(database)).as("instances of the reminders' process").isEqualTo(1);
		assertThat(QuarterlyReminderTimer.waiting(database)).as("the timer waits for the next quarter").isEqualTo(1);
		assertThat(QuarterlyReminderTimer.due(database)).as("and is not due again").isZero();
		long administrators = practice.administrators.size();
		assertThat(QuarterlyReminderTimer.notified(database)).as("the administrators' notifications")
			.isEqualTo(administrators);
		Eventually.holds("each quarterly reminder's mail delivered", Duration.ofMinutes(2),
				() -> QuarterlyReminderTimer.mails(database)[1] == administrators);
		assertThat(QuarterlyReminderTimer.mails(database))
			.as("quarterly reminder mails written and delivered, once each")
			.containsExactly(administrators, administrators);
	}

	/** One round of acts, during which node-a is killed once at least two task completions are under way on it. */
	private boolean roundWithAKill(SessionDriver driver, List<DrivenSession> sessions, SojournNode a) throws Exception {
		ExecutorService killer = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> kill = killer.submit(() -> {
				boolean underWay = driver.awaitCompletionsInFlight(a, 2, Duration.ofSeconds(60));
				driver.killing(a);
				a.kill();
				return underWay;
			});
			driver.round(sessions);
			return kill.get();
		}
		finally {
			killer.shutdownNow();
		}
	}

	private void remindersFireOnceAcrossTheNodes(List<DrivenSession> sessions, SojournNode a, SojournNode b) {
		Map<String, Long> oncePerSessionInIntegration = sessions.stream()
			.filter(session -> session.plan.endsInIntegration())
			.collect(Collectors.toMap(session -> session.id.toString(), session -> 1L));
		assertThat(IntegrationTimers.waiting(database)).as("a reminder timer waits for each session in integration only")
			.isEqualTo(oncePerSessionInIntegration);
		assertThat(IntegrationTimers.fired(database)).as("no reminder before its time").isEmpty();

		assertThat(IntegrationTimers.makeDue(database)).isEqualTo(oncePerSessionInIntegration.size());
		Eventually.holds("the nodes' job executors run every due reminder timer", Duration.ofMinutes(2),
				() -> IntegrationTimers.waiting(database).isEmpty());

		System.out.println("Reminder timers run by node: " + IntegrationTimers.runsByNode(database)
				+ ", failed runs: " + IntegrationTimers.failedRuns(database));
		assertThat(IntegrationTimers.fired(database)).as("reminder tasks in the engine's history")
			.isEqualTo(oncePerSessionInIntegration);
		assertThat(IntegrationTimers.audited(database)).as("reminders in the audit trail")
			.isEqualTo(oncePerSessionInIntegration);
		assertThat(IntegrationTimers.marked(database)).as("sessions marked reminded")
			.containsExactlyInAnyOrderElementsOf(oncePerSessionInIntegration.keySet());
		assertThat(reminderLogLines(a, b)).as("reminder log lines of both nodes").isEqualTo(oncePerSessionInIntegration);
		assertThat(IntegrationTimers.notified(database)).as("the facilitators' notifications of the overdue integrations")
			.isEqualTo(oncePerSessionInIntegration);
		long expected = oncePerSessionInIntegration.size();
		Eventually.holds("each overdue integration's mail delivered", Duration.ofMinutes(2),
				() -> IntegrationTimers.mails(database)[1] == expected);
		assertThat(IntegrationTimers.mails(database)).as("overdue-integration mails written and delivered, once each")
			.containsExactly(expected, expected);
	}

	/** The reminder's log line ("Integration of session … is overdue") in every log of both nodes, by session. */
	private static Map<String, Long> reminderLogLines(SojournNode... nodes) {
		return Stream.of(nodes)
			.flatMap(node -> node.logs().stream())
			.flatMap(TwoNodeClusterIT::lines)
			.map(line -> line.replaceFirst(".*Integration of session (\\S+) is overdue.*", "$1"))
			.filter(line -> line.length() == 36)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	static void assertEndOfPlan(JsonNode record, DrivenSession session) {
		JsonNode summary = record.path("session");
		assertThat(summary.path("status").asText()).as("status of %s", session).isEqualTo(session.plan.status);
		assertThat(summary.path("phase").asText()).as("phase of %s", session).isEqualTo(session.plan.phase);
		assertThat(steps(record.path("openTasks"))).as("open tasks of %s", session)
			.containsExactlyElementsOf(session.plan.openStep == null ? List.of() : List.of(session.plan.openStep));
		assertThat(steps(record.path("forms"))).as("forms of %s", session)
			.containsExactlyInAnyOrderElementsOf(session.plan.formSteps(session.plan.acts.size()));
	}

	/** The step of each element of a record's list (its forms, its open tasks). */
	static List<String> steps(JsonNode list) {
		List<String> steps = new ArrayList<>();
		list.forEach(element -> steps.add(element.path("step").asText()));
		return steps;
	}

	private SojournNode node(String name) {
		SojournNode node = new SojournNode(name, database, practice.operatorPassword, logs);
		closing.add(node);
		return node;
	}

	private static Stream<String> lines(Path log) {
		try {
			return Files.readAllLines(log).stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
