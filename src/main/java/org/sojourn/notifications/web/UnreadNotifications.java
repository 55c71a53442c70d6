package org.sojourn.notifications.web;

import org.sojourn.notifications.NotificationInbox;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The header's unread count, asked for by the page layout ({@code ${@unreadNotifications.count()}}) only when a page
 * is rendered, so that API requests and redirects pay nothing for it.
 */
@Component("unreadNotifications")
public class UnreadNotifications {

	private final NotificationInbox inbox;

	UnreadNotifications(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	public long count() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return 0;
		}
		return inbox.unread(authentication.getName());
	}

}
