package org.sojourn.engine;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The request as the Camunda webapps see it behind {@link WebappAuthenticationFilter}: their authentication filter
 * puts the session's authentications back into the session at the end of every request, changed or not, and the
 * sessions live in the database (Spring Session JDBC), where every such put rewrites the attribute. Here a put of
 * the very authentications the session already holds, with nothing in them changed, is skipped; any change (a
 * rebuilt authentication, a sign-out, another session) is put as before.
 */
final class SessionAuthentications extends HttpServletRequestWrapper {

	/** The session attribute under which the webapps keep their authentications (Camunda's AuthenticationUtil). */
	static final String ATTRIBUTE = "authenticatedUser";

	private final String sessionId;

	private final Authentications held;

	private List<Held> stored;

	SessionAuthentications(HttpServletRequest request, HttpSession session, Authentications held) {
		super(request);
		this.sessionId = session.getId();
		this.held = held;
		this.stored = contentOf(held);
	}

	@Override
	public HttpSession getSession() {
		return getSession(true);
	}

	@Override
	public HttpSession getSession(boolean create) {
		HttpSession session = super.getSession(create);
		return session != null && session.getId().equals(sessionId) ? new PutWhenChanged(session) : session;
	}

	/** What a put would write of the authentications: who, for which engine, groups, tenants, apps, checked until. */
	private record Held(String user, String engine, List<String> groups, List<String> tenants,
			Collection<String> apps, Date checkedUntil) {
	}

	private static List<Held> contentOf(Authentications authentications) {
		List<Held> content = new ArrayList<>();
		for (UserAuthentication user : authentications.getAuthentications()) {
			content.add(new Held(user.getIdentityId(), user.getProcessEngineName(), copy(user.getGroupIds()),
					copy(user.getTenantIds()), copy(user.getAuthorizedApps()), user.getCacheValidationTime()));
		}
		return content;
	}

	private static List<String> copy(Collection<String> values) {
		return values == null ? null : new ArrayList<>(values);
	}

	private final class PutWhenChanged implements HttpSession {

		private final HttpSession session;

		PutWhenChanged(HttpSession session) {
			this.session = session;
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (ATTRIBUTE.equals(name)) {
				List<Held> content = value == held ? contentOf(held) : null;
				if (content != null && content.equals(stored)) {
					return;
				}
				stored = content;
			}
			session.setAttribute(name, value);
		}

		@Override
		public long getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public long getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public ServletContext getServletContext() {
			return session.getServletContext();
		}

		@Override
		public void setMaxInactiveInterval(int interval) {
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public int getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public Object getAttribute(String name) {
			return session.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void removeAttribute(String name) {
			if (ATTRIBUTE.equals(name)) {
				stored = null;
			}
			session.removeAttribute(name);
		}

		@Override
		public void invalidate() {
			session.invalidate();
		}

		@Override
		public boolean isNew() {
			return session.isNew();
		}

	}

}
