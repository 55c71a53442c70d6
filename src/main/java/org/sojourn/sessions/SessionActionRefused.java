package org.sojourn.sessions;

/** What was asked of the session is not for this user or this center: choosing the center, denying services. */
public class SessionActionRefused extends RuntimeException {

	public SessionActionRefused(String message) {
		super(message);
	}

}
