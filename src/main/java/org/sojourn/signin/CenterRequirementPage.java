package org.sojourn.signin;

import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A center's administrators require (or stop requiring) a second factor of everyone who works its records. */
@Controller
class CenterRequirementPage {

	private final ServiceCenters centers;

	private final CurrentUsers users;

	private final AccountEvents events;

	CenterRequirementPage(ServiceCenters centers, CurrentUsers users, AccountEvents events) {
		this.centers = centers;
		this.users = users;
		this.events = events;
	}

	@PostMapping("/centers/{centerId}/second-factor-requirement")
	String require(@PathVariable UUID centerId, @RequestParam boolean required) {
		CurrentUser user = users.current();
		centers.requireSecondFactor(user, centerId, required);
		events.record(user.username(), AuditAction.UPDATE,
				(required ? "center requires a second factor: " : "center no longer requires a second factor: ")
						+ centerId,
				"ok");
		return "redirect:/centers/" + centerId + "#second-factor";
	}

	@ExceptionHandler(CenterNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("what", "service center");
		return "sessions/not-found";
	}

}
