package org.sojourn.notifications;

import java.util.UUID;

/** No such notification for this person: someone else's looks the same as none, so that ids cannot be probed. */
public class NotificationNotFound extends RuntimeException {

	private NotificationNotFound(String message) {
		super(message);
	}

	public static NotificationNotFound forId(UUID id) {
		return new NotificationNotFound("There is no notification %s.".formatted(id));
	}

}
