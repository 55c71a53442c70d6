package org.sojourn.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of signing in: the code from the authenticator app, a recovery code, or a passkey. */
@Controller
class SecondStepPage {

	static final String PATH = "/login/second-factor";

	private final SecondStep secondStep;

	private final FirstStepHandler firstStep;

	private final UserDetailsService accounts;

	private final AuthenticatorApps apps;

	private final Passkeys passkeys;

	SecondStepPage(SecondStep secondStep, FirstStepHandler firstStep, UserDetailsService accounts,
			AuthenticatorApps apps, Passkeys passkeys) {
		this.secondStep = secondStep;
		this.firstStep = firstStep;
		this.accounts = accounts;
		this.apps = apps;
		this.passkeys = passkeys;
	}

	@GetMapping(PATH)
	String form(HttpServletRequest request, Model model) {
		Optional<Authentication> pending = SignInSession.pending(request);
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		// Which of the factors to offer: the code field, the passkey button, or both.
		model.addAttribute("hasApp", apps.isEnrolled(pending.get().getName()));
		model.addAttribute("hasPasskey", passkeys.hasPasskey(pending.get().getName()));
		return "signin/second-factor";
	}

	@PostMapping(PATH)
	String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		Optional<Authentication> pending = SignInSession.pending(request);
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		SecondStep.Outcome outcome = secondStep.check(pending.get().getName(), code);
		if (!outcome.accepted()) {
			response.setStatus(outcome == SecondStep.Outcome.LOCKED ? HttpStatus.TOO_MANY_REQUESTS.value()
					: HttpStatus.UNAUTHORIZED.value());
			model.addAttribute("error", outcome.message);
			model.addAttribute("hasApp", apps.isEnrolled(pending.get().getName()));
			model.addAttribute("hasPasskey", passkeys.hasPasskey(pending.get().getName()));
			return "signin/second-factor";
		}
		if (!stillMaySignIn(pending.get().getName())) {
			return "redirect:/login?error";
		}
		SignInSession.completeSecondStep(request, response, pending.get());
		firstStep.afterSecondStep(request, response, pending.get());
		return null;
	}

	/** An account disabled or locked since its password was given is not signed in by the code. */
	private boolean stillMaySignIn(String username) {
		try {
			new AccountStatusUserDetailsChecker().check(accounts.loadUserByUsername(username));
			return true;
		}
		catch (AuthenticationException e) {
			return false;
		}
	}

}
