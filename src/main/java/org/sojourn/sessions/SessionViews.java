package org.sojourn.sessions;

import java.time.Instant;
import java.util.UUID;

/** What the API and pages show of sessions. */
public final class SessionViews {

	private SessionViews() {
	}

	/**
	 * @param client whose session it is: shown only to those who may see the session
	 * @param stage where the session stands, in a practitioner's words ({@link SessionStage#words()})
	 * @param needsCenter the session is open and has no service center yet: administration waits for one
	 * @param administrationRoom the room the center wrote when it scheduled the administration, or null
	 */
	public record Summary(UUID id, UUID clientId, SessionClient client, String facilitator, UUID centerId,
			SessionStatus status, SessionPhase phase, SessionStage stage, boolean needsCenter,
			Instant administrationScheduledAt, String administrationRoom, Instant createdAt, Instant closedAt) {

		public static Summary of(Session session) {
			return new Summary(session.getId(), session.getClientId(), session.getClient(),
					session.getFacilitatorUsername(), session.getCenterId(), session.getStatus(), session.getPhase(),
					SessionStage.of(session), session.isOpen() && session.getCenterId() == null,
					session.getAdministrationScheduledAt(), session.getAdministrationRoom(), session.getCreatedAt(),
					session.getClosedAt());
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
