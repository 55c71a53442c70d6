package org.sojourn.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a right password on the sign-in form: a user with a second factor is not signed in yet but led to the second
 * step; anyone else is signed in as before, and the time of the sign-in is kept.
 */
@Component
class FirstStepHandler implements AuthenticationSuccessHandler {

	private final SecondFactors factors;

	private final AuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

	FirstStepHandler(SecondFactors factors) {
		this.factors = factors;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (factors.hasSecondFactor(authentication.getName())) {
			SignInSession.awaitSecondStep(request, response, authentication);
			response.sendRedirect(request.getContextPath() + SecondStepPage.PATH);
			return;
		}
		SignInSession.signedInNow(request);
		signedIn.onAuthenticationSuccess(request, response, authentication);
	}

	/** Where the second step sends a user once signed in: the page they first asked for, or the home page. */
	void afterSecondStep(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		signedIn.onAuthenticationSuccess(request, response, authentication);
	}

}
