package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.sojourn.audit.AuditAction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Passkeys on the security page. Registering is Spring Security's (/webauthn/register, from the page's script), which
 * then comes here for the recovery codes of a first factor. Removing one needs a recent sign-in
 * ({@link RecentSignIn}).
 */
@Controller
class PasskeyPage {

	private static final String PAGE = "redirect:" + PageSignInRules.ENROLMENT;

	private final Passkeys passkeys;

	private final SecondFactors factors;

	private final RecoveryCodes recoveryCodes;

	private final SecurityPage securityPage;

	private final AccountEvents events;

	private final RecentSignIn recentSignIn;

	PasskeyPage(Passkeys passkeys, SecondFactors factors, RecoveryCodes recoveryCodes, SecurityPage securityPage,
			AccountEvents events, RecentSignIn recentSignIn) {
		this.passkeys = passkeys;
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.securityPage = securityPage;
		this.events = events;
		this.recentSignIn = recentSignIn;
	}

	@PostMapping(PageSignInRules.ENROLMENT + "/passkeys/added")
	String added(Principal user, RedirectAttributes redirect) {
		String username = user.getName();
		if (!passkeys.hasPasskey(username)) {
			return PAGE;
		}
		if (recoveryCodes.unused(username) == 0) {
			SecurityPage.showOnce(redirect, securityPage.newRecoveryCodes(username));
		}
		redirect.addFlashAttribute("notice", "Your passkey is added. You can sign in with it alone.");
		return PAGE;
	}

	@PostMapping(PageSignInRules.ENROLMENT + "/passkeys/{id}/removal")
	String remove(@PathVariable String id, Principal user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		String username = user.getName();
		if (passkeys.find(username, id).isEmpty()) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND);
		}
		if (!recentSignIn.holds(request)) {
			events.record(username, AuditAction.OTHER, "passkey removal without a recent sign-in", "refused");
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("error", recentSignIn.refusal("a passkey"));
			return securityPage.page(user, model);
		}
		passkeys.remove(username, id);
		events.record(username, AuditAction.OTHER, "second factor removed: passkey", "ok");
		if (!factors.hasSecondFactor(username)) {
			recoveryCodes.removeAll(username);
		}
		redirect.addFlashAttribute("notice", "The passkey is removed.");
		return PAGE;
	}

}
