package org.sojourn.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API and engine REST: a usable token of an enabled account signs the
 * request in as its owner, with the owner's roles as they are now; any other bearer token is a 401 problem detail,
 * answered before anything runs. Requests without a bearer token pass on to HTTP Basic untouched. Runs only inside
 * the API security chain (never as a servlet filter of its own, see {@link TokenFilterRegistration}).
 */
public class TokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final UserDetailsService users;

	TokenAuthenticationFilter(ApiTokens tokens, UserDetailsService users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserDetails> owner = tokens.owner(header.substring(BEARER.length()).strip()).flatMap(this::enabled);
		if (owner.isEmpty()) {
			refuse(response);
			return;
		}
		UserDetails user = owner.get();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The account as it is now: a disabled account's tokens stop working at once. */
	private Optional<UserDetails> enabled(String username) {
		try {
			return Optional.of(users.loadUserByUsername(username)).filter(UserDetails::isEnabled);
		}
		catch (UsernameNotFoundException gone) {
			return Optional.empty();
		}
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Sojourn\", error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"status\":401,\"title\":\"Token not accepted\",\"detail\":\"This API "
					+ "token is unknown, expired or revoked, or its account is disabled. Make a new one on your "
					+ "account's token page.\"}");
	}

}
