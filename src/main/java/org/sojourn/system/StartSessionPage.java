package org.sojourn.system;

import java.util.UUID;
import org.sojourn.clients.ClientNotFound;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.sessions.SessionActionRefused;
import org.sojourn.sessions.Sessions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client page's "start a session" form; here because sessions depend on clients, not the other way. */
@Controller
class StartSessionPage {

	private final Sessions sessions;

	private final CurrentUsers users;

	StartSessionPage(Sessions sessions, CurrentUsers users) {
		this.sessions = sessions;
		this.users = users;
	}

	@PostMapping("/clients/{clientId}/sessions")
	String start(@PathVariable UUID clientId, @RequestParam(required = false) String centerId,
			RedirectAttributes redirect) {
		CurrentUser user = users.current();
		UUID center = centerId == null || centerId.isBlank() ? null : UUID.fromString(centerId);
		try {
			UUID session = sessions.create(user, clientId, center).id();
			redirect.addFlashAttribute("flash", "Session started. Its first step, the client information form, is waiting for you.");
			return "redirect:/sessions/" + session;
		}
		catch (SessionActionRefused | ComplianceViolation e) {
			redirect.addFlashAttribute("sessionError", e.getMessage());
			return "redirect:/clients/" + clientId + "#sessions";
		}
	}

	@ExceptionHandler({ ClientNotFound.class, IllegalArgumentException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "clients/not-found";
	}

}
