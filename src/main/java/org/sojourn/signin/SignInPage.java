package org.sojourn.signin;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sojourn's sign-in page, in place of Spring Security's generated one: it links to password recovery and sign-up,
 * and says why a sign-in failed or ended (a wrong password, a locked account, a sign-in past its limit).
 */
@Controller
class SignInPage {

	static final String PATH = "/login";

	private final boolean signUpEnabled;

	SignInPage(@Value("${sojourn.signup.enabled:true}") boolean signUpEnabled) {
		this.signUpEnabled = signUpEnabled;
	}

	@GetMapping(PATH)
	String show(Model model, HttpSession session) {
		model.addAttribute("signUp", signUpEnabled);
		if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException failure) {
			// Shown once: a reload of the page, or the next visit, starts clean.
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("problem", failure instanceof BadCredentialsException
					? "Wrong username or password." : failure.getMessage());
		}
		return "signin/login";
	}

}
