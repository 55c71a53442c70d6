package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import org.sojourn.audit.AuditAction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Passkeys on the security page. Registering is Spring Security's (/webauthn/register, from the page's script), which
 * then comes here for the recovery codes of a first factor. Removing one needs a sign-in made within
 * sojourn.security.recent-sign-in: a session left open, or stolen, cannot strip the account of its factor.
 */
@Controller
class PasskeyPage {

	private static final String PAGE = "redirect:" + PageSignInRules.ENROLMENT;

	private final Passkeys passkeys;

	private final SecondFactors factors;

	private final RecoveryCodes recoveryCodes;

	private final SecurityPage securityPage;

	private final AccountEvents events;

	private final Duration recentSignIn;

	PasskeyPage(Passkeys passkeys, SecondFactors factors, RecoveryCodes recoveryCodes, SecurityPage securityPage,
			AccountEvents events, @Value("${sojourn.security.recent-sign-in:PT15M}") Duration recentSignIn) {
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
		if (!signedInRecently(request)) {
			events.record(username, AuditAction.OTHER, "passkey removal without a recent sign-in", "refused");
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("error", "Removing a passkey needs a fresh sign-in. Sign out, sign in again, and "
					+ "remove it within " + recentSignIn.toMinutes() + " minutes.");
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

	private boolean signedInRecently(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && SignInSession.signedInAt(session).plus(recentSignIn).isAfter(Instant.now());
	}

}
