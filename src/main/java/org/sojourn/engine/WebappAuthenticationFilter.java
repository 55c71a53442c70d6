package org.sojourn.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container filter insists that the user exists in the engine's own identity tables. Sojourn's accounts
 * live in Sojourn's tables, so the webapp authentication is built here from the signed-in user and their groups,
 * with the same application checks Camunda makes. It is rebuilt on every request, so that a membership change
 * reaches an open Tasklist at once rather than when Camunda's cached authentication expires.
 */
class WebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

	@Override
	protected boolean existisAuthentication(Authentications authentications, String engineName, String username) {
		return false;
	}

	private static final List<String> APPLICATIONS = List.of("cockpit", "tasklist", "admin");

	@Override
	protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
			List<String> tenants) {
		AuthorizationService authorizations = engine.getAuthorizationService();
		Set<String> apps = new HashSet<>(Set.of("welcome"));
		for (String app : APPLICATIONS) {
			if (authorizations.isUserAuthorized(username, groups, Permissions.ACCESS, Resources.APPLICATION, app)) {
				apps.add(app);
			}
		}
		UserAuthentication authentication = new UserAuthentication(username, engine.getName());
		authentication.setGroupIds(groups);
		authentication.setTenantIds(tenants == null ? List.of() : tenants);
		authentication.setAuthorizedApps(apps);
		return authentication;
	}

}
