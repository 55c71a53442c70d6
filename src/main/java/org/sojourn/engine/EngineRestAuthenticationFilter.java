package org.sojourn.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API runs as the user Spring Security authenticated, so the engine applies the same authorizations
 * as in the webapps. Spring Security already refused anonymous requests. Its resources find their engine without a
 * class path search ({@link EngineProviderLookup}).
 */
class EngineRestAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identity;

	private final EngineGroups groups;

	EngineRestAuthenticationFilter(IdentityService identity, EngineGroups groups) {
		this.identity = identity;
		this.groups = groups;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Principal principal = request.getUserPrincipal();
		if (principal == null) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		identity.setAuthentication(principal.getName(), groups.of(principal.getName()));
		try {
			EngineProviderLookup.around(() -> chain.doFilter(request, response));
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
