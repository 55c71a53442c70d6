package org.sojourn.cluster;

/**
 * The quarterly report reminders' timer start event (bpmn/quarterly-report-reminders.bpmn), a job of the
 * installation rather than of a session: its cron names days of January, April, July and October, so the test makes
 * its one job due in the database, as it does the sessions' timers, and counts what one firing brought about.
 */
final class QuarterlyReminderTimer {

	static final String TIMER = "startEvent_quarterlyReportReminderDue";

	static final String SUBJECT = "A quarterly report is due in Sojourn";

	private QuarterlyReminderTimer() {
	}

	/** The timer start jobs waiting (one per deployed version, and the engine keeps the latest only). */
	static long waiting(ClusterDatabase database) {
		return database.count("select count(*) from act_ru_job where job_def_id_ in "
				+ "(select id_ from act_ru_jobdef where act_id_ = ?)", TIMER);
	}

	/** Timer start jobs due now or earlier. */
	static long due(ClusterDatabase database) {
		return database.count("select count(*) from act_ru_job where duedate_ <= now() and job_def_id_ in "
				+ "(select id_ from act_ru_jobdef where act_id_ = ?)", TIMER);
	}

	static int makeDue(ClusterDatabase database) {
		return database.update("update act_ru_job set duedate_ = now() - interval '1 second' where job_def_id_ in "
				+ "(select id_ from act_ru_jobdef where act_id_ = ?)", TIMER);
	}

	/** Instances of the reminders' process that ran to their end. */
	static long instancesEnded(ClusterDatabase database) {
		return database.count("select count(*) from act_hi_procinst where proc_def_key_ = 'quarterlyReportReminders' "
				+ "and end_time_ is not null");
	}

	static long instances(ClusterDatabase database) {
		return database.count("select count(*) from act_hi_procinst where proc_def_key_ = 'quarterlyReportReminders'");
	}

	/** The administrators' notifications that a report is due. */
	static long notified(ClusterDatabase database) {
		return database.count("select count(*) from app.notification where kind = 'QUARTERLY_REPORT_DUE'");
	}

	static long[] mails(ClusterDatabase database) {
		return DeadlineTimer.mailsWithSubject(database, SUBJECT);
	}

}
