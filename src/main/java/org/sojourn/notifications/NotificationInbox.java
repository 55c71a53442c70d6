package org.sojourn.notifications;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications; another person's do not exist for them. */
@Service
public class NotificationInbox {

	private final NotificationRepository notifications;

	private final StillApplies stillApplies;

	NotificationInbox(NotificationRepository notifications, StillApplies stillApplies) {
		this.notifications = notifications;
		this.stillApplies = stillApplies;
	}

	/**
	 * Newest first. Those shown that no longer apply (the task was done, the session closed) are marked so now,
	 * which is when anyone can see the difference.
	 */
	@Transactional
	public Page<NotificationView> list(String username, Pageable pageable) {
		Pageable bounded = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 100));
		Instant now = Instant.now();
		return notifications.newestFirst(username, bounded).map(notification -> {
			if (notification.lapsedAt() == null && !stillApplies.test(notification)) {
				notification.lapsed(now);
			}
			return notification.view();
		});
	}

	@Transactional(readOnly = true)
	public long unread(String username) {
		return notifications.countByRecipientAndReadAtIsNull(username);
	}

	/** Marks one read; refused as missing (404) when it is someone else's. */
	@Transactional
	public NotificationView read(String username, UUID id) {
		Notification notification = notifications.findById(id)
			.filter(found -> found.recipient().equals(username))
			.orElseThrow(() -> NotificationNotFound.forId(id));
		notification.read(Instant.now());
		return notification.view();
	}

	@Transactional
	public int readAll(String username) {
		return notifications.readAll(username, Instant.now());
	}

}
