package org.sojourn.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container filter insists that the user exists in the engine's own identity tables. Sojourn's accounts
 * live in Sojourn's tables, so the webapp authentication is built here from the signed-in user and their groups,
 * with the same application checks Camunda makes.
 * <p>
 * The groups are Sojourn's, read on every request (the sign-in's user read, which the request pays anyway): when
 * they differ from the authentication the session holds, it is rebuilt at once, so that a membership change reaches
 * an open Tasklist at the next request rather than when Camunda's cached authentication expires. While they are the
 * same, the authentication is kept, and its application checks with it, for Camunda's authentication cache time to
 * live ({@code camunda.bpm.webapp.auth.cache.time-to-live}), as Camunda keeps its own; then it is rebuilt here, from
 * Sojourn's groups, before Camunda's own filter would rebuild it from the engine's. Rebuilding on every request cost
 * every Tasklist request three application checks here and Camunda's rebuild (user, groups, tenants and the three
 * checks again, each its own transaction), plus a rewrite of the session's attribute.
 */
class WebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

	private static final List<String> APPLICATIONS = List.of("cockpit", "tasklist", "admin");

	/** How long a kept authentication's application checks hold; null: as long as the groups stay the same. */
	private final Duration checksHold;

	/** Sojourn's engine, the one the webapps address as "default". */
	private final ProcessEngine sojournEngine;

	WebappAuthenticationFilter(ProcessEngine engine, Duration checksHold) {
		this.sojournEngine = engine;
		this.checksHold = checksHold;
	}

	/**
	 * Sojourn's own engine without asking Camunda's registry, which loads its provider through a ServiceLoader, a
	 * scan of the class path, on every request.
	 */
	@Override
	protected ProcessEngine getAddressedEngine(String engineName) {
		return sojournEngine.getName().equals(engineName) ? sojournEngine : super.getAddressedEngine(engineName);
	}

	/**
	 * Camunda's own filter, with the kept authentication compared to this request's user and groups (Camunda's
	 * compares only the user's name, which would keep a removed membership for the session's whole life).
	 */
	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		String engineName = extractEngineName(request);
		if (engineName == null) {
			chain.doFilter(request, response);
			return;
		}
		ProcessEngine engine = getAddressedEngine(engineName);
		if (engine == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND, "Process engine " + engineName + " not available");
			return;
		}
		AuthenticationResult result = authenticationProvider.extractAuthenticatedUser(request, engine);
		if (!result.isAuthenticated()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			authenticationProvider.augmentResponseByAuthenticationChallenge(response, engine);
			return;
		}
		HttpSession session = request.getSession();
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		List<String> tenants = result.getTenants() == null ? List.of() : result.getTenants();
		if (!holds(authentications.getAuthenticationForProcessEngine(engineName), result.getAuthenticatedUser(),
				result.getGroups(), tenants)) {
			authentications.addOrReplace(createAuthentication(engine, result.getAuthenticatedUser(),
					result.getGroups(), tenants));
			session.setAttribute(SessionAuthentications.ATTRIBUTE, authentications);
		}
		// The webapps' engine API finds its engine without a class path search per resource.
		HttpServletRequest kept = new SessionAuthentications(request, session, authentications);
		EngineProviderLookup.around(() -> chain.doFilter(kept, response));
	}

	/** The kept authentication is this user's, with these groups and tenants, and its checks still hold. */
	private boolean holds(Authentication kept, String username, List<String> groups, List<String> tenants) {
		if (!(kept instanceof UserAuthentication user) || !user.getIdentityId().equals(username)) {
			return false;
		}
		if (!sameMembers(user.getGroupIds(), groups) || !sameMembers(user.getTenantIds(), tenants)) {
			return false;
		}
		if (checksHold == null) {
			return true;
		}
		Date validUntil = user.getCacheValidationTime();
		return validUntil != null && ClockUtil.getCurrentTime().before(validUntil);
	}

	private static boolean sameMembers(List<String> kept, List<String> now) {
		return new HashSet<>(kept == null ? List.of() : kept).equals(new HashSet<>(now == null ? List.of() : now));
	}

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
		if (checksHold != null) {
			// Camunda's filter rebuilds an authentication from the engine's tables when this time has passed.
			authentication.setCacheValidationTime(new Date(ClockUtil.getCurrentTime().getTime() + checksHold.toMillis()));
		}
		return authentication;
	}

}
