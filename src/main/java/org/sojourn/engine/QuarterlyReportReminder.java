package org.sojourn.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sojourn.reporting.QuarterlyReportReminders;
import org.springframework.stereotype.Component;

/** The service task of the quarterly report reminders, on the first day of a quarter and before the due date. */
@Component(SessionProcess.QUARTERLY_REPORT_REMINDER_BEAN)
class QuarterlyReportReminder implements JavaDelegate {

	private final QuarterlyReportReminders reminders;

	QuarterlyReportReminder(QuarterlyReportReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// The engine's clock: the moment the timer stands for, also when a test sets it.
		reminders.remind(ClockUtil.getCurrentTime().toInstant());
	}

}
