package org.sojourn.cluster;

import java.util.List;
import java.util.Map;

/**
 * The integration reminder's timers, read and moved in the engine's tables: the timer job each session in
 * integration waits on, and what happened when it fired (the reminder task in the engine's history, the mark and
 * the audit entry in Sojourn's record, the job log line naming the node that ran it). What it shares with the other
 * deadline timers is {@link DeadlineTimer#INTEGRATION_OVERDUE}'s.
 */
final class IntegrationTimers {

	private static final DeadlineTimer TIMER = DeadlineTimer.INTEGRATION_OVERDUE;

	private IntegrationTimers() {
	}

	/** Timer jobs waiting, by session id. */
	static Map<String, Long> waiting(ClusterDatabase database) {
		return TIMER.waiting(database);
	}

	/** Makes every waiting reminder timer due now, as if the reminder period had passed; answers how many. */
	static int makeDue(ClusterDatabase database) {
		return TIMER.makeDue(database);
	}

	/** Reminder tasks the engine ran, by session id. */
	static Map<String, Long> fired(ClusterDatabase database) {
		return TIMER.fired(database);
	}

	/** Audit entries of the reminder, by session id. */
	static Map<String, Long> audited(ClusterDatabase database) {
		return DeadlineTimer.bySession(database.rows("select cast(record_id as varchar) as session, count(*) as n "
				+ "from app.audit_event where what = 'integration overdue: facilitator reminded' group by record_id"));
	}

	/** The facilitator's notifications of the overdue integration, by session id. */
	static Map<String, Long> notified(ClusterDatabase database) {
		return TIMER.notified(database);
	}

	/** Mails of an overdue integration: {written, delivered}. A mail names no session, so these are totals. */
	static long[] mails(ClusterDatabase database) {
		return TIMER.mails(database);
	}

	/** Sessions whose record carries the reminder's mark. */
	static List<String> marked(ClusterDatabase database) {
		return database.rows("select cast(id as varchar) as session from app.service_session "
				+ "where integration_reminded_at is not null")
			.stream()
			.map(row -> (String) row.get("session"))
			.toList();
	}

	/** Timer jobs run to success, by the name of the node that ran them. */
	static Map<String, Long> runsByNode(ClusterDatabase database) {
		return TIMER.runsByNode(database);
	}

	/** Timer job runs that failed (and would be retried by the engine). */
	static long failedRuns(ClusterDatabase database) {
		return TIMER.failedRuns(database);
	}

}
