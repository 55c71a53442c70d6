package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Removing a second factor needs a sign-in made within sojourn.security.recent-sign-in: a session left open, or
 * stolen, cannot strip the account of its factor.
 */
@Component
class RecentSignIn {

	private final Duration within;

	RecentSignIn(@Value("${sojourn.security.recent-sign-in:PT15M}") Duration within) {
		this.within = within;
	}

	boolean holds(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && SignInSession.signedInAt(session).plus(within).isAfter(Instant.now());
	}

	/** What the page says when it does not hold. */
	String refusal(String factor) {
		return "Removing %s needs a fresh sign-in. Sign out, sign in again, and remove it within %d minutes."
			.formatted(factor, within.toMinutes());
	}

}
