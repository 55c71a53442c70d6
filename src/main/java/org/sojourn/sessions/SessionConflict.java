package org.sojourn.sessions;

/** The session is not in a state that allows what was asked (closed, or past the point where it is allowed). */
public class SessionConflict extends RuntimeException {

	private SessionConflict(String message) {
		super(message);
	}

	public static SessionConflict closed(Session session) {
		return new SessionConflict(
				"This session is %s; it can no longer be changed.".formatted(session.getStatus().name().toLowerCase()));
	}

	public static SessionConflict notInAdministration() {
		return new SessionConflict("Events are recorded during the administration phase of an open session.");
	}

	public static SessionConflict signedRecord(java.util.UUID sessionId) {
		return new SessionConflict(("A signed record cannot be changed or deleted. Record an addendum instead: "
				+ "POST /api/sessions/%s/addenda with the target, the reason and the corrected fields.")
			.formatted(sessionId));
	}

	static SessionConflict administrationBegun() {
		return new SessionConflict("The service center can no longer be changed: administration has begun.");
	}

}
