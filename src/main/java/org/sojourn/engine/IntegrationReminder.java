package org.sojourn.engine;

import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sojourn.sessions.IntegrationReminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reminder on the integration phase: the model's timer reads its period here ({@code ${integrationReminder.after}})
 * and its service task runs it ({@code ${integrationReminder}}). The period comes from configuration rather than a
 * process variable, so that it is one setting for every node and instance, and never a value a completion could send.
 * Public only because the engine's expression language reads properties of public classes alone.
 */
@Component(SessionProcess.INTEGRATION_REMINDER_BEAN)
public class IntegrationReminder implements JavaDelegate {

	private final IntegrationReminders reminders;

	private final Duration after;

	IntegrationReminder(IntegrationReminders reminders,
			@Value("${sojourn.integration.reminder-after}") Duration after) {
		// Checked at start-up: a timer that cannot be set would refuse the completion that begins integration.
		if (after.isNegative() || after.isZero()) {
			throw new IllegalArgumentException("sojourn.integration.reminder-after must be a positive duration");
		}
		this.reminders = reminders;
		this.after = after;
	}

	/** The period as the ISO-8601 duration the timer takes, such as PT720H for 30 days. */
	public String getAfter() {
		return after.toString();
	}

	@Override
	public void execute(DelegateExecution execution) {
		reminders.remind(UUID.fromString(execution.getProcessBusinessKey()));
	}

}
