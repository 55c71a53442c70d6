package org.sojourn.sessions;

import java.time.Instant;
import java.util.UUID;

/** What the API and pages show of sessions. */
public final class SessionViews {

	private SessionViews() {
	}

	/**
	 * @param needsCenter the session is open and has no service center yet: administration waits for one
	 */
	public record Summary(UUID id, UUID clientId, String facilitator, UUID centerId, SessionStatus status,
			SessionPhase phase, boolean needsCenter, Instant administrationScheduledAt, Instant createdAt,
			Instant closedAt) {

		public static Summary of(Session session) {
			return new Summary(session.getId(), session.getClientId(), session.getFacilitatorUsername(),
					session.getCenterId(), session.getStatus(), session.getPhase(),
					session.isOpen() && session.getCenterId() == null, session.getAdministrationScheduledAt(),
					session.getCreatedAt(), session.getClosedAt());
		}

	}

	/**
	 * A session whose integration stayed open past the reminder period.
	 *
	 * @param integrationSince when integration began: the submission of the product and waste record, which ends
	 * administration
	 * @param remindedAt when the process's timer reminded the facilitator
	 */
	public record OverdueIntegration(UUID sessionId, UUID clientId, Instant integrationSince, Instant remindedAt) {
	}

}
