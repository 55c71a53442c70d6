package org.sojourn.sessions;

/**
 * Where a session stands in the words a practitioner uses, derived from its phase, status and the dates its steps
 * recorded: what is next and, by that, who holds it.
 */
public enum SessionStage {

	/** Preparation is under way (facilitator). */
	PREPARING("preparing"),
	/** Preparation is certified but no service center is chosen yet (facilitator). */
	NEEDS_CENTER("needs a center"),
	/** At its center, waiting to be scheduled (center). */
	READY_TO_SCHEDULE("ready to schedule"),
	/** Scheduled, the client not yet checked in (center). */
	SCHEDULED("scheduled"),
	/** Checked in: the administration is being recorded (center). */
	IN_ADMINISTRATION("in administration"),
	/** Integration with the facilitator. */
	INTEGRATION("integration"),
	COMPLETED("completed"),
	DENIED("denied"),
	CANCELLED("cancelled"),
	/** Cancelled because the client withdrew. */
	WITHDRAWN("withdrawn");

	private final String words;

	SessionStage(String words) {
		this.words = words;
	}

	/** The stage as a page shows it, in lower case. */
	public String words() {
		return words;
	}

	static SessionStage of(Session session) {
		return switch (session.getStatus()) {
			case COMPLETED -> COMPLETED;
			case DENIED -> DENIED;
			case CANCELLED -> CANCELLED;
			case WITHDRAWN -> WITHDRAWN;
			case ACTIVE -> switch (session.getPhase()) {
				case PREPARATION -> session.getCenterId() == null && session.getPreparationSessionAt() != null
						? NEEDS_CENTER : PREPARING;
				case ADMINISTRATION -> {
					if (session.getAdministrationScheduledAt() == null) {
						yield READY_TO_SCHEDULE;
					}
					yield session.getProductConsumedAt() == null ? SCHEDULED : IN_ADMINISTRATION;
				}
				case INTEGRATION -> INTEGRATION;
				// An open session is never closed; the status decides once it is.
				case CLOSED -> COMPLETED;
			};
		};
	}

}
