package org.sojourn.sessions;

import java.util.UUID;

/**
 * A deadline of the program came near or passed for one session. Raised once, by the session process's own timer
 * (so Cockpit shows what is due when), and only while the deadline still applies: a timer whose cause went away
 * (the administration was scheduled, the task completed, the session closed) raises nothing.
 *
 * @param step the open step the deadline concerns (the outstanding form), or null where it is the session's
 */
public record SessionDeadlineReached(UUID sessionId, Deadline deadline, SessionStep step) {

	public enum Deadline {

		/** Preparation certified, no administration yet, and the 90 days after preparation end soon. */
		PREPARATION_WINDOW_ENDING,

		/** The same 90 days have passed without an administration. */
		PREPARATION_WINDOW_LAPSED,

		/** The scheduled administration is near (by default within 24 hours). */
		ADMINISTRATION_SOON,

		/** A preparation form has been open for long (by default 7 days). */
		FORMS_OUTSTANDING,

		/** Integration is still open after the reminder period. */
		INTEGRATION_OVERDUE

	}

}
