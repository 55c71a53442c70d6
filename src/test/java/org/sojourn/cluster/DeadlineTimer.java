package org.sojourn.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deadline timer of the session model, read and moved in the engine's tables as an operator would: the timer job
 * each session waits on, the service task it leads to in the engine's history, the notifications it raised and their
 * mail (each kind has a subject of its own). The ids are the model's (bpmn/session.bpmn).
 */
enum DeadlineTimer {

	FORMS_OUTSTANDING("boundaryEvent_recordClientInformationOutstanding", "serviceTask_remindOfOutstandingForm",
			"A preparation form is outstanding in Sojourn"),

	PREPARATION_WINDOW_ENDING("boundaryEvent_preparationWindowEnding", "serviceTask_announcePreparationWindowEnding",
			"A preparation window ends soon in Sojourn"),

	PREPARATION_WINDOW_LAPSED("boundaryEvent_preparationWindowLapsed", "serviceTask_announcePreparationWindowLapsed",
			"A preparation window has lapsed in Sojourn"),

	ADMINISTRATION_SOON("boundaryEvent_administrationSoon", "serviceTask_announceAdministrationSoon",
			"An administration is near in Sojourn"),

	INTEGRATION_OVERDUE("boundaryEvent_integrationOverdue", "serviceTask_remindOfOpenIntegration",
			"An integration is overdue in Sojourn");

	/** JobState.SUCCESSFUL and JobState.FAILED in the engine's job log. */
	static final int SUCCESSFUL = 2;

	static final int FAILED = 1;

	final String timer;

	final String serviceTask;

	final String subject;

	DeadlineTimer(String timer, String serviceTask, String subject) {
		this.timer = timer;
		this.serviceTask = serviceTask;
		this.subject = subject;
	}

	/** The notification kind it raises (named as the deadline). */
	String kind() {
		return name();
	}

	/** Timer jobs waiting, by session id. */
	Map<String, Long> waiting(ClusterDatabase database) {
		return bySession(database.rows("select p.business_key_ as session, count(*) as n from act_ru_job j "
				+ "join act_ru_jobdef d on d.id_ = j.job_def_id_ "
				+ "join act_hi_procinst p on p.id_ = j.process_instance_id_ "
				+ "where d.act_id_ = ? group by p.business_key_", timer));
	}

	/**
	 * Makes every waiting timer of this kind due now, as if its period had passed; answers how many. The nodes' job
	 * executors find them at their next look for due jobs.
	 */
	int makeDue(ClusterDatabase database) {
		return database.update("update act_ru_job set duedate_ = now() - interval '1 second' where job_def_id_ in "
				+ "(select id_ from act_ru_jobdef where act_id_ = ?)", timer);
	}

	/** The timer's service task run to its end, by session id. */
	Map<String, Long> fired(ClusterDatabase database) {
		return bySession(database.rows("select p.business_key_ as session, count(*) as n from act_hi_actinst a "
				+ "join act_hi_procinst p on p.id_ = a.proc_inst_id_ where a.act_id_ = ? and a.end_time_ is not null "
				+ "group by p.business_key_", serviceTask));
	}

	/** Notifications of this kind, by session id. */
	Map<String, Long> notified(ClusterDatabase database) {
		return bySession(database.rows("select cast(session_id as varchar) as session, count(*) as n "
				+ "from app.notification where kind = ? group by session_id", kind()));
	}

	/** Mails of this kind: {written, delivered}. A mail names no session, so these are totals. */
	long[] mails(ClusterDatabase database) {
		return mailsWithSubject(database, subject);
	}

	/** Timer jobs run to success, by the name of the node that ran them. */
	Map<String, Long> runsByNode(ClusterDatabase database) {
		return runsByNode(database, timer);
	}

	/** Timer job runs that failed (and would be retried by the engine). */
	long failedRuns(ClusterDatabase database) {
		return database.count("select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = ?", timer,
				FAILED);
	}

	static long[] mailsWithSubject(ClusterDatabase database, String subject) {
		return new long[] { database.count("select count(*) from app.outgoing_mail where subject = ?", subject),
				database.count("select count(*) from app.outgoing_mail where subject = ? and sent_at is not null",
						subject) };
	}

	static Map<String, Long> runsByNode(ClusterDatabase database, String activity) {
		Map<String, Long> runs = new HashMap<>();
		database.rows("select hostname_ as node, count(*) as n from act_hi_job_log where act_id_ = ? "
				+ "and job_state_ = ? group by hostname_", activity, SUCCESSFUL)
			.forEach(row -> runs.put(String.valueOf(row.get("node")), ((Number) row.get("n")).longValue()));
		return runs;
	}

	static Map<String, Long> bySession(List<Map<String, Object>> rows) {
		Map<String, Long> counts = new HashMap<>();
		rows.forEach(row -> counts.put((String) row.get("session"), ((Number) row.get("n")).longValue()));
		return counts;
	}

}
