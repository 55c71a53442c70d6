package org.sojourn.sessions;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How early the session process's deadline timers fire ({@code sojourn.deadlines.*}). A period of zero turns that
 * deadline off: its timer stays in the model (a BPMN timer cannot be left out by a setting) but raises nothing.
 *
 * @param preparationWindowLead before the preparation window ends (default 14 days)
 * @param administrationLead before the scheduled administration (default 24 hours)
 * @param formsOutstandingAfter a preparation task open this long (default 7 days)
 */
@Validated
@ConfigurationProperties("sojourn.deadlines")
public record DeadlineSettings(@NotNull Duration preparationWindowLead, @NotNull Duration administrationLead,
		@NotNull Duration formsOutstandingAfter) {

	public DeadlineSettings {
		// Checked at start-up: a negative period would set a timer before its cause, which reads as a mistake.
		for (Duration period : new Duration[] { preparationWindowLead, administrationLead, formsOutstandingAfter }) {
			if (period != null && period.isNegative()) {
				throw new IllegalArgumentException("sojourn.deadlines.* periods must not be negative");
			}
		}
	}

	boolean enabled(SessionDeadlineReached.Deadline deadline) {
		return switch (deadline) {
			case PREPARATION_WINDOW_ENDING -> !preparationWindowLead.isZero();
			case ADMINISTRATION_SOON -> !administrationLead.isZero();
			case FORMS_OUTSTANDING -> !formsOutstandingAfter.isZero();
			case PREPARATION_WINDOW_LAPSED, INTEGRATION_OVERDUE -> true;
		};
	}

}
