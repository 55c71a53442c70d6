package org.sojourn.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A backup as the README's "Operations" describes it: pg_dump of the whole database (Sojourn's schema app and the
 * engine's tables) while a node runs and sessions are in every phase, restored with pg_restore into a fresh database,
 * on which a new Sojourn node then finishes every session.
 *
 * <p>Needs PostgreSQL with its client tools, the empty databases {@code sojourn_cluster_backup} and
 * {@code sojourn_cluster_restored}, and the built jar: run by {@code .ci/run}, or by hand as the README's "Cluster
 * tests" says. The dump and the logs go to {@code target/cluster/backup/}.
 */
class BackupRestoreIT {

	private static final Duration START = Duration.ofMinutes(3);

	private final ClusterDatabase original = ClusterDatabase.forRole("backup");

	private final ClusterDatabase restored = ClusterDatabase.forRole("restored");

	private final Practice practice = new Practice(1, 1);

	private final Path logs = Path.of(System.getProperty("sojourn.cluster.logs", "target/cluster"), "backup");

	private final List<SojournNode> nodes = new ArrayList<>();

	@AfterEach
	void stopNodes() {
		nodes.forEach(SojournNode::close);
	}

	@Test
	void aDumpTakenMidLifecycleRestoresIntoAFreshDatabaseOnWhichSojournFinishesEverySession() {
		original.requireEmpty();
		restored.requireEmpty();
		SojournNode first = node("original", original).start().awaitReady(START);
		practice.createAccounts(original);
		practice.openCenter(List.of(first));
		List<DrivenSession> sessions = new ArrayList<>();
		Map<UUID, String> atTheDump;
		try (SessionDriver driver = new SessionDriver(List.of(first), practice, 4)) {
			pausedAt(driver, sessions, Plan.COMPLETED, 0); // just opened: client information to record
			pausedAt(driver, sessions, Plan.COMPLETED, 2); // preparation under way
			pausedAt(driver, sessions, Plan.COMPLETED_AFTER_WAITING_FOR_A_CENTER, 4); // prepared, waits for a center
			pausedAt(driver, sessions, Plan.COMPLETED, 5); // administration scheduled: check-in next
			pausedAt(driver, sessions, Plan.COMPLETED, 8); // integration begun: its reminder timer waits
			pausedAt(driver, sessions, Plan.COMPLETED, 9); // integration session to record
			pausedAt(driver, sessions, Plan.COMPLETED, Plan.COMPLETED.acts.size()); // closed, completed
			pausedAt(driver, sessions, Plan.WITHDRAWN_IN_PREPARATION, Plan.WITHDRAWN_IN_PREPARATION.acts.size());
			driver.finish(sessions);
			assertThat(driver.tally().unexpected).as("answers no plan allows").isEmpty();
			atTheDump = states(driver, sessions);
		}

		// While the node runs: pg_dump reads one consistent snapshot of the database.
		Path dump = logs.resolve("sojourn.dump");
		original.dumpTo(dump, logs.resolve("pg_dump.log"));
		Map<String, Long> timers = IntegrationTimers.waiting(original);
		first.stop();
		restored.restoreFrom(dump, logs.resolve("pg_restore.log"));

		assertThat(SessionConsistency.problems(restored)).as("the restored records against the restored engine")
			.isEmpty();
		assertThat(IntegrationTimers.waiting(restored)).as("reminder timers restored").hasSize(2).isEqualTo(timers);
		SojournNode successor = node("restored", restored).start().awaitReady(START);
		try (SessionDriver driver = new SessionDriver(List.of(successor), practice, 4)) {
			assertThat(states(driver, sessions)).as("the sessions as they were at the dump").isEqualTo(atTheDump);
			sessions.forEach(session -> session.pauseAt = session.plan.acts.size());
			driver.finish(sessions);
			assertThat(driver.tally().unexpected).as("answers no plan allows").isEmpty();
			for (DrivenSession session : sessions) {
				TwoNodeClusterIT.assertEndOfPlan(driver.record(session), session);
			}
		}
		assertThat(SessionConsistency.problems(restored)).as("the finished records against the engine").isEmpty();
	}

	private static void pausedAt(SessionDriver driver, List<DrivenSession> sessions, Plan plan, int acts) {
		DrivenSession session = driver.open(plan, sessions.size());
		session.pauseAt = acts;
		sessions.add(session);
	}

	/** Each session's status, phase, center, open tasks and forms, as the API shows them. */
	private static Map<UUID, String> states(SessionDriver driver, List<DrivenSession> sessions) {
		Map<UUID, String> states = new LinkedHashMap<>();
		for (DrivenSession session : sessions) {
			JsonNode record = driver.record(session);
			JsonNode summary = record.path("session");
			states.put(session.id, "%s %s center %s, open %s, forms %s".formatted(summary.path("status").asText(),
					summary.path("phase").asText(), summary.path("centerId").asText(),
					TwoNodeClusterIT.steps(record.path("openTasks")), TwoNodeClusterIT.steps(record.path("forms"))));
		}
		return states;
	}

	private SojournNode node(String name, ClusterDatabase database) {
		SojournNode node = new SojournNode(name, database, practice.operatorPassword, logs);
		nodes.add(node);
		return node;
	}

}
