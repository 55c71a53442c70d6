package org.sojourn.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API and engine REST for a user whose password alone is not enough: HTTP Basic with the password is refused
 * (401, use an API token), since it would bypass the second factor; signed in otherwise but not yet enrolled, 403.
 */
class ApiSignInRules extends OncePerRequestFilter {

	private final SecondFactors factors;

	private final CurrentUsers users;

	ApiSignInRules(SecondFactors factors, CurrentUsers users) {
		this.factors = factors;
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		String username = authentication.getName();
		if (isBasic(request) && factors.passwordAloneIsNotEnough(username)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Sojourn\"");
			problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Use an API token",
					"This account signs in with a second factor, so a password alone does not open the API. "
							+ "Use an API token (Authorization: Bearer), created on your account page.");
			return;
		}
		if (!isBasic(request) && mustEnrolFirst(username)) {
			problem(response, HttpServletResponse.SC_FORBIDDEN, "Enrol a second factor",
					"This account must have a second factor. Enrol one at /account/security, then try again.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the user must have a second factor and has none: as an API token's sign-in read it, in its own
	 * transaction ({@link TokenSignInRule}), or read now.
	 */
	private boolean mustEnrolFirst(String username) {
		return users.refusalReadAtSignIn(username)
			.map(refusal -> refusal.filter(TokenSignInRule.ENROL_FIRST::equals).isPresent())
			.orElseGet(() -> factors.isRequiredOf(username) && !factors.hasSecondFactor(username));
	}

	private static boolean isBasic(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"status\":%d,\"title\":\"%s\",\"detail\":\"%s\"}".formatted(status, title,
					detail));
	}

}
