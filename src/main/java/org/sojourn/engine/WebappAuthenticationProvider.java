package org.sojourn.engine;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Tasklist, Cockpit and Admin trust the user Spring Security signed in (no second login) and get their groups from
 * Sojourn. Camunda creates this class by name, so it finds its collaborators in the web application context.
 */
public class WebappAuthenticationProvider extends ContainerBasedAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
		if (result.isAuthenticated()) {
			result.setGroups(WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(EngineGroups.class)
				.of(result.getAuthenticatedUser()));
		}
		return result;
	}

}
