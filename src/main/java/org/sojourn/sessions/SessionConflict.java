package org.sojourn.sessions;

/** The session is not in a state that allows what was asked (closed, or past the point where it is allowed). */
public class SessionConflict extends RuntimeException {

	private SessionConflict(String message) {
		super(message);
	}

	static SessionConflict closed(Session session) {
		return new SessionConflict(
				"This session is %s; it can no longer be changed.".formatted(session.getStatus().name().toLowerCase()));
	}

	static SessionConflict administrationBegun() {
		return new SessionConflict("The service center can no longer be changed: administration has begun.");
	}

}
