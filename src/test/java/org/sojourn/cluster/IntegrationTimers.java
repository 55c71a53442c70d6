package org.sojourn.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The integration reminder's timers, read and moved in the engine's tables: the timer job each session in
 * integration waits on, and what happened when it fired (the reminder task in the engine's history, the mark and
 * the audit entry in Sojourn's record, the job log line naming the node that ran it).
 */
final class IntegrationTimers {

	private static final String TIMER = "boundaryEvent_integrationOverdue";

	private static final String REMINDER = "serviceTask_remindOfOpenIntegration";

	/** JobState.SUCCESSFUL and JobState.FAILED in the engine's job log. */
	private static final int SUCCESSFUL = 2;

	private static final int FAILED = 1;

	private IntegrationTimers() {
	}

	/** Timer jobs waiting, by session id. */
	static Map<String, Long> waiting(ClusterDatabase database) {
		return bySession(database.rows("select p.business_key_ as session, count(*) as n from act_ru_job j "
				+ "join act_ru_jobdef d on d.id_ = j.job_def_id_ join act_hi_procinst p on p.id_ = j.process_instance_id_ "
				+ "where d.act_id_ = ? group by p.business_key_", TIMER));
	}

	/**
	 * Makes every waiting reminder timer due now, as if the reminder period had passed; answers how many. The job
	 * executors of the nodes find them at their next look for due jobs.
	 */
	static int makeDue(ClusterDatabase database) {
		return database.update("update act_ru_job set duedate_ = now() - interval '1 second' where job_def_id_ in "
				+ "(select id_ from act_ru_jobdef where act_id_ = ?)", TIMER);
	}

	/** Reminder tasks the engine ran, by session id. */
	static Map<String, Long> fired(ClusterDatabase database) {
		return bySession(database.rows("select p.business_key_ as session, count(*) as n from act_hi_actinst a "
				+ "join act_hi_procinst p on p.id_ = a.proc_inst_id_ where a.act_id_ = ? and a.end_time_ is not null "
				+ "group by p.business_key_", REMINDER));
	}

	/** Audit entries of the reminder, by session id. */
	static Map<String, Long> audited(ClusterDatabase database) {
		return bySession(database.rows("select cast(record_id as varchar) as session, count(*) as n from app.audit_event "
				+ "where what = 'integration overdue: facilitator reminded' group by record_id"));
	}

	/** The facilitator's notifications of the overdue integration, by session id. */
	static Map<String, Long> notified(ClusterDatabase database) {
		return bySession(database.rows("select cast(session_id as varchar) as session, count(*) as n "
				+ "from app.notification where kind = 'INTEGRATION_OVERDUE' group by session_id"));
	}

	/** Mails of an overdue integration: {written, delivered}. A mail names no session, so these are totals. */
	static long[] mails(ClusterDatabase database) {
		String subject = "An integration is overdue in Sojourn";
		return new long[] { database.count("select count(*) from app.outgoing_mail where subject = ?", subject),
				database.count("select count(*) from app.outgoing_mail where subject = ? and sent_at is not null",
						subject) };
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
		Map<String, Long> runs = new HashMap<>();
		database.rows("select hostname_ as node, count(*) as n from act_hi_job_log where act_id_ = ? "
				+ "and job_state_ = ? group by hostname_", TIMER, SUCCESSFUL)
			.forEach(row -> runs.put(String.valueOf(row.get("node")), ((Number) row.get("n")).longValue()));
		return runs;
	}

	/** Timer job runs that failed (and would be retried by the engine). */
	static long failedRuns(ClusterDatabase database) {
		return database.count("select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = ?",
				TIMER, FAILED);
	}

	private static Map<String, Long> bySession(List<Map<String, Object>> rows) {
		Map<String, Long> counts = new HashMap<>();
		rows.forEach(row -> counts.put((String) row.get("session"), ((Number) row.get("n")).longValue()));
		return counts;
	}

}
