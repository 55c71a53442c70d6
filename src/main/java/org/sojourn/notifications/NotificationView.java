package org.sojourn.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient sees it.
 *
 * @param lapsed whether it no longer applies (its task was done or its session closed); such a one is not mailed
 */
public record NotificationView(UUID id, NotificationKind kind, UUID sessionId, String taskId, UUID centerId,
		String quarter, String text, String link, Instant createdAt, Instant readAt, boolean lapsed) {

	public boolean unread() {
		return readAt == null;
	}

}
