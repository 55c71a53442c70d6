package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import org.sojourn.audit.AuditAction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's second factors: its passkeys (added by the page's script, removed in {@link PasskeyPage}), enrol an
 * authenticator app (QR code and secret, confirmed by a code), remove it, and the recovery codes, shown once when made.
 */
@Controller
class SecurityPage {

	private static final String PAGE = "redirect:" + PageSignInRules.ENROLMENT;

	private final AuthenticatorApps apps;

	private final RecoveryCodes recoveryCodes;

	private final SecondFactors factors;

	private final AccountEvents events;

	private final Passkeys passkeys;

	private final ZoneId zone;

	private final RecentSignIn recentSignIn;

	SecurityPage(AuthenticatorApps apps, RecoveryCodes recoveryCodes, SecondFactors factors, AccountEvents events,
			Passkeys passkeys, RecentSignIn recentSignIn, @Value("${sojourn.time-zone}") ZoneId zone) {
		this.recentSignIn = recentSignIn;
		this.passkeys = passkeys;
		this.zone = zone;
		this.apps = apps;
		this.recoveryCodes = recoveryCodes;
		this.factors = factors;
		this.events = events;
	}

	@GetMapping(PageSignInRules.ENROLMENT)
	String page(Principal user, Model model) {
		String username = user.getName();
		model.addAttribute("appEnrolled", apps.isEnrolled(username));
		model.addAttribute("enrolment", apps.pending(username).orElse(null));
		model.addAttribute("unusedRecoveryCodes", recoveryCodes.unused(username));
		model.addAttribute("required", factors.isRequiredOf(username));
		model.addAttribute("hasFactor", factors.hasSecondFactor(username));
		model.addAttribute("passkeys", passkeys.of(username));
		model.addAttribute("zone", zone.getId());
		return "signin/security";
	}

	@PostMapping(PageSignInRules.ENROLMENT + "/authenticator")
	String startEnrolment(Principal user, RedirectAttributes redirect) {
		if (apps.start(user.getName()).isEmpty()) {
			redirect.addFlashAttribute("error", "An authenticator app is enrolled already. Remove it first.");
		}
		return PAGE;
	}

	@PostMapping(PageSignInRules.ENROLMENT + "/authenticator/confirmation")
	String confirm(Principal user, @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		String username = user.getName();
		if (apps.confirm(username, code) != AuthenticatorApps.Check.ACCEPTED) {
			events.record(username, AuditAction.OTHER, "wrong code confirming an authenticator app", "refused");
			redirect.addFlashAttribute("error",
					"That code is not right. Type the code the app shows now (it changes every 30 seconds).");
			return PAGE;
		}
		events.record(username, AuditAction.CREATE, "second factor added: authenticator app", "ok");
		if (recoveryCodes.unused(username) == 0) {
			showOnce(redirect, newRecoveryCodes(username));
		}
		redirect.addFlashAttribute("notice", "Your authenticator app is enrolled. Sojourn asks its code at sign-in.");
		return PAGE;
	}

	@PostMapping(PageSignInRules.ENROLMENT + "/authenticator/removal")
	String remove(Principal user, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		String username = user.getName();
		if (apps.isEnrolled(username) && !recentSignIn.holds(request)) {
			events.record(username, AuditAction.OTHER, "authenticator app removal without a recent sign-in", "refused");
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("error", recentSignIn.refusal("the authenticator app"));
			return page(user, model);
		}
		if (apps.remove(username)) {
			events.record(username, AuditAction.OTHER, "second factor removed: authenticator app", "ok");
			if (!factors.hasSecondFactor(username)) {
				recoveryCodes.removeAll(username);
			}
			redirect.addFlashAttribute("notice", "The authenticator app is removed.");
		}
		return PAGE;
	}

	@PostMapping(PageSignInRules.ENROLMENT + "/recovery-codes")
	String regenerate(Principal user, RedirectAttributes redirect) {
		String username = user.getName();
		if (!factors.hasSecondFactor(username)) {
			redirect.addFlashAttribute("error", "Recovery codes stand in for a second factor: enrol one first.");
			return PAGE;
		}
		showOnce(redirect, newRecoveryCodes(username));
		return PAGE;
	}

	List<String> newRecoveryCodes(String username) {
		List<String> codes = recoveryCodes.regenerate(username);
		events.record(username, AuditAction.CREATE, "recovery codes made anew", "ok");
		return codes;
	}

	static void showOnce(RedirectAttributes redirect, List<String> codes) {
		redirect.addFlashAttribute("recoveryCodes", codes);
	}

}
