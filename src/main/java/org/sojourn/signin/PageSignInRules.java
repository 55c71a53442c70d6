package org.sojourn.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.sojourn.identity.CurrentUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages and the Camunda webapps: a sign-in older than sojourn.security.max-sign-in-age is ended (whatever node
 * serves it: the time is in the session, the session in the database), and a user who must have a second factor and
 * has none sees only the page where they enrol one.
 * <p>
 * The rule and the signed-in user (whom nearly every page and every webapp request reads next, for their centers and
 * groups) are read in one read-only transaction, and the user is kept for the rest of the request; both are read
 * again at every request, so a center that starts requiring a second factor, or a changed membership, counts at the
 * next one.
 */
class PageSignInRules extends OncePerRequestFilter {

	static final String ENROLMENT = "/account/security";

	private final SecondFactors factors;

	private final Duration maxSignInAge;

	private final CurrentUsers users;

	private final TransactionTemplate reads;

	PageSignInRules(SecondFactors factors, Duration maxSignInAge, CurrentUsers users,
			PlatformTransactionManager transactions) {
		this.factors = factors;
		this.maxSignInAge = maxSignInAge;
		this.users = users;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken || session == null) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SignInSession.signedInAt(session).plus(maxSignInAge).isBefore(Instant.now())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			refuse(request, response, path, "/login?expired", HttpServletResponse.SC_UNAUTHORIZED, "Signed out",
					"This sign-in is older than the limit. Sign in again.");
			return;
		}
		if (!mayGoBeforeEnrolling(path) && mustEnrolFirst(authentication.getName())) {
			refuse(request, response, path, ENROLMENT, HttpServletResponse.SC_FORBIDDEN, "Enrol a second factor",
					"This account must have a second factor. Enrol one at /account/security.");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether the user must have a second factor and has none; reads the user for the request in passing. */
	private boolean mustEnrolFirst(String username) {
		return Boolean.TRUE.equals(reads.execute(status -> {
			users.readForRequest(username);
			return factors.isRequiredOf(username) && !factors.hasSecondFactor(username);
		}));
	}

	/** The enrolment page itself (with its passkey registration), signing out, and what every page needs to show. */
	private static boolean mayGoBeforeEnrolling(String path) {
		return path.equals(ENROLMENT) || path.startsWith(ENROLMENT + "/") || path.startsWith("/webauthn/")
				|| path.startsWith("/js/") || path.equals("/logout")
				|| path.startsWith("/css/") || path.equals("/error") || path.startsWith("/login");
	}

	/** Pages are redirected; the webapps' own API calls (scripts, not people) get a problem instead. */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, String page,
			int status, String title, String detail) throws IOException {
		if (path.startsWith("/camunda/api/")) {
			ApiSignInRules.problem(response, status, title, detail);
			return;
		}
		response.sendRedirect(request.getContextPath() + page);
	}

}
