package org.sojourn.sessions;

import java.util.UUID;

/** No such session, or none the asking user may see: the two look the same so that ids cannot be probed. */
public class SessionNotFound extends RuntimeException {

	private SessionNotFound(String message) {
		super(message);
	}

	public static SessionNotFound forId(UUID id) {
		return new SessionNotFound("There is no session %s.".formatted(id));
	}

	public static SessionNotFound forTask(String taskId) {
		return new SessionNotFound("There is no open task %s.".formatted(taskId));
	}

}
