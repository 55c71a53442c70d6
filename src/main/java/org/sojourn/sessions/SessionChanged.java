package org.sojourn.sessions;

import java.util.UUID;

/**
 * Something was written to a session record's content: a form from whichever door (the API, Tasklist, engine
 * REST), an event, an addendum, a denial, the integration reminder. Opening, associating and cancelling happen only
 * through Sojourn's API, whose requests the audit trail records itself.
 *
 * @param kind what sort of change it was
 * @param what a short description without record content, such as "form CONSENTS_AND_PLANS submitted"
 * @param actor the username of the person who made it; null for the engine's own work (a timer)
 */
public record SessionChanged(UUID sessionId, Kind kind, String what, String actor) {

	public enum Kind {

		FORM_SUBMITTED, UPDATED, DENIED

	}

}
