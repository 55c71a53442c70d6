package org.sojourn.signin;

import jakarta.servlet.http.HttpServletResponse;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An operator removes the second factors of someone who lost them all (app and recovery codes), after making sure
 * out of band that it is that person: never on the strength of an email. Audited under the operator's name; the user
 * then signs in with the password and, if a factor is required, enrols a new one before anything else.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class SecondFactorReset {

	static final String PATH = "/operator/second-factors";

	private final AuthenticatorApps apps;

	private final RecoveryCodes recoveryCodes;

	private final Accounts accounts;

	private final AccountEvents events;

	SecondFactorReset(AuthenticatorApps apps, RecoveryCodes recoveryCodes, Accounts accounts, AccountEvents events) {
		this.apps = apps;
		this.recoveryCodes = recoveryCodes;
		this.accounts = accounts;
		this.events = events;
	}

	@GetMapping(PATH)
	String form() {
		return "signin/reset";
	}

	@PostMapping(PATH)
	String reset(@RequestParam(defaultValue = "") String username, Authentication operator, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String name = username.strip();
		if (name.isEmpty() || name.length() > 64 || !accounts.exists(name)) {
			model.addAttribute("error", "There is no account with that username.");
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return "signin/reset";
		}
		apps.remove(name);
		recoveryCodes.removeAll(name);
		events.record(operator.getName(), name, AuditAction.OTHER, "second factors reset by an operator", "ok");
		redirect.addFlashAttribute("notice", "The second factors of " + name + " are removed.");
		return "redirect:" + PATH;
	}

}
