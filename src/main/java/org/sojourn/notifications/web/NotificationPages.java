package org.sojourn.notifications.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sojourn.notifications.NotificationInbox;
import org.sojourn.notifications.NotificationKind;
import org.sojourn.notifications.NotificationNotFound;
import org.sojourn.notifications.NotificationPreferences;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notifications and their mail preferences. Every change is a POST with CSRF. */
@Controller
class NotificationPages {

	private static final int PAGE_SIZE = 20;

	private final NotificationInbox inbox;

	private final NotificationPreferences preferences;

	NotificationPages(NotificationInbox inbox, NotificationPreferences preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
	}

	@GetMapping("/notifications")
	String list(Principal principal, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notifications", inbox.list(principal.getName(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("unread", inbox.unread(principal.getName()));
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
		try {
			inbox.read(principal.getName(), UUID.fromString(id));
		}
		catch (IllegalArgumentException | NotificationNotFound e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "Marked as read.");
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String readAll(Principal principal, RedirectAttributes redirect) {
		int marked = inbox.readAll(principal.getName());
		redirect.addFlashAttribute("flash", marked == 1 ? "1 notification marked as read."
				: "%d notifications marked as read.".formatted(marked));
		return "redirect:/notifications";
	}

	@GetMapping("/account/notifications")
	String preferences(Principal principal, Model model) {
		model.addAttribute("choices", preferences.of(principal.getName()));
		return "notifications/preferences";
	}

	@PostMapping("/account/notifications")
	String change(Principal principal, @RequestParam(defaultValue = "immediate") String delivery,
			@RequestParam(name = "mailed", required = false) List<String> mailed, RedirectAttributes redirect) {
		Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
		if (mailed != null) {
			for (String name : mailed) {
				for (NotificationKind kind : NotificationKind.values()) {
					if (kind.name().equals(name)) {
						kinds.add(kind);
					}
				}
			}
		}
		preferences.change(principal.getName(), "digest".equals(delivery), kinds);
		redirect.addFlashAttribute("flash", "Your notification preferences were saved.");
		return "redirect:/account/notifications";
	}

}
