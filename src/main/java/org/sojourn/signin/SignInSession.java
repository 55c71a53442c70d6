package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What a sign-in keeps in its HTTP session (in the database, so every node reads the same): when it was made, and
 * between the password and the second step the password's authentication, which signs no one in until the code.
 */
final class SignInSession {

	static final String SIGNED_IN_AT = "sojourn.signedInAt";

	private static final String PENDING = "sojourn.secondStep.pending";

	private static final String PENDING_SINCE = "sojourn.secondStep.since";

	/** Time to type a code after the password; then the password must be given again. */
	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	/** The same repositories form login saves to by default. */
	private static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private SignInSession() {
	}

	/** Undoes the password's sign-in and keeps its authentication for the second step. */
	static void awaitSecondStep(HttpServletRequest request, HttpServletResponse response, Authentication password) {
		SecurityContextHolder.clearContext();
		CONTEXTS.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		HttpSession session = request.getSession();
		session.setAttribute(PENDING, password);
		session.setAttribute(PENDING_SINCE, Instant.now());
	}

	/** The password's authentication awaiting its second step, if recent enough. */
	static Optional<Authentication> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Authentication password)
				|| !(session.getAttribute(PENDING_SINCE) instanceof Instant since)
				|| since.plus(PENDING_FOR).isBefore(Instant.now())) {
			return Optional.empty();
		}
		return Optional.of(password);
	}

	/** Signs in with the authentication that waited, in a new session id (no fixation across the steps). */
	static void completeSecondStep(HttpServletRequest request, HttpServletResponse response,
			Authentication password) {
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING);
		session.removeAttribute(PENDING_SINCE);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(password);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
		signedInNow(request);
	}

	/** Forgets a password that waited for its second step (a passkey signed in instead). */
	static void abandonSecondStep(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(PENDING);
			session.removeAttribute(PENDING_SINCE);
		}
	}

	static void signedInNow(HttpServletRequest request) {
		request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
	}

	/** When this session signed in; a session signed in before the time was kept counts from now. */
	static Instant signedInAt(HttpSession session) {
		if (session.getAttribute(SIGNED_IN_AT) instanceof Instant at) {
			return at;
		}
		Instant now = Instant.now();
		session.setAttribute(SIGNED_IN_AT, now);
		return now;
	}

}
