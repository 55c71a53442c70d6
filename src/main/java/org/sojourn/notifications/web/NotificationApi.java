package org.sojourn.notifications.web;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.sojourn.notifications.NotificationInbox;
import org.sojourn.notifications.NotificationNotFound;
import org.sojourn.notifications.NotificationView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications over the API; another person's answer 404 like a missing one. */
@RestController
class NotificationApi {

	private final NotificationInbox inbox;

	NotificationApi(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/notifications")
	Page<NotificationView> list(Principal principal, @PageableDefault(size = 20) Pageable pageable) {
		return inbox.list(principal.getName(), pageable);
	}

	@GetMapping("/api/notifications/unread-count")
	Map<String, Long> unread(Principal principal) {
		return Map.of("unread", inbox.unread(principal.getName()));
	}

	@PostMapping("/api/notifications/{id}/read")
	NotificationView read(Principal principal, @PathVariable UUID id) {
		return inbox.read(principal.getName(), id);
	}

	@PostMapping("/api/notifications/read")
	Map<String, Integer> readAll(Principal principal) {
		return Map.of("marked", inbox.readAll(principal.getName()));
	}

	@ExceptionHandler(NotificationNotFound.class)
	ProblemDetail notFound(NotificationNotFound e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("No such notification");
		return problem;
	}

}
