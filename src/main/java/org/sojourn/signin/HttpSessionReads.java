package org.sojourn.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The HTTP session is read from the database once per request. Spring Session saves the session when the response
 * commits (a response with a body) and again when the request ends; after the first save it forgets the session it
 * read and, to decide whether to set the cookie on a response already sent, reads it again from the database. Here
 * the session filter answers that second question with the session this request has just saved. The first read of
 * every request still goes to the database, so a session ended elsewhere (sign-out on another node, password change,
 * disabled account) stops working at the next request, as before; outside a request's session filter nothing is kept.
 * <p>
 * The session's last access is written when it moved by {@code sojourn.security.session-access-precision} (a minute;
 * never more than a tenth of the session's idle timeout), not at every request: Spring Session would otherwise update
 * the session's row, in a transaction of its own, on every request a signed-in browser makes. The idle timeout keeps
 * its meaning within that precision, on the safe side: a session ends at most that much earlier than its last request
 * plus the timeout, never later. Everything else is saved as before, at once: a changed attribute (the sign-in, a
 * CSRF token, the webapps' authentication), a new session id, a new timeout, and the last access with them.
 */
@Configuration(proxyBeanMethods = false)
class HttpSessionReads {

	@Bean
	static BeanPostProcessor sessionFilterReadingOncePerRequest(ObjectProvider<SessionRepository<?>> repository,
			ObjectProvider<HttpSessionIdResolver> resolver, ObjectProvider<CookieSerializer> cookies,
			Environment environment) {
		Duration precision = environment.getProperty("sojourn.security.session-access-precision", Duration.class,
				Duration.ofMinutes(1));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter<?>) || bean instanceof ReadingOnce) {
					return bean;
				}
				// The same id resolver Spring Session's configuration gives its filter: a resolver bean if there is
				// one, else cookies written by the cookie serializer (Spring Boot's, from server.servlet.session.cookie).
				HttpSessionIdResolver ids = resolver.getIfAvailable(() -> {
					CookieHttpSessionIdResolver cookieIds = new CookieHttpSessionIdResolver();
					cookies.ifAvailable(cookieIds::setCookieSerializer);
					return cookieIds;
				});
				ReadingOnce filter = new ReadingOnce(new SavedThisRequest(repository.getObject(), precision));
				filter.setHttpSessionIdResolver(ids);
				return filter;
			}
		};
	}

	/** Spring Session's filter, with the request's saved session kept for the request's length. */
	private static final class ReadingOnce extends SessionRepositoryFilter<Session> {

		ReadingOnce(SessionRepository<Session> sessions) {
			super(sessions);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean outermost = SavedThisRequest.begin();
			try {
				super.doFilterInternal(request, response, chain);
			}
			finally {
				if (outermost) {
					SavedThisRequest.end();
				}
			}
		}

	}

	/** The repository as the session filter sees it: a session saved in this request is found without a read. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final class SavedThisRequest implements SessionRepository<Session> {

		/** The session this request saved last; a holder only while the session filter runs. */
		private static final ThreadLocal<Session[]> SAVED = new ThreadLocal<>();

		private final SessionRepository delegate;

		private final Duration precision;

		SavedThisRequest(SessionRepository<?> delegate, Duration precision) {
			this.delegate = delegate;
			this.precision = precision;
		}

		static boolean begin() {
			if (SAVED.get() != null) {
				return false;
			}
			SAVED.set(new Session[1]);
			return true;
		}

		static void end() {
			SAVED.remove();
		}

		@Override
		public Session createSession() {
			return delegate.createSession();
		}

		@Override
		public void save(Session session) {
			delegate.save(session instanceof AccessNotedCoarsely coarse ? coarse.stored : session);
			Session[] saved = SAVED.get();
			if (saved != null) {
				saved[0] = session;
			}
		}

		@Override
		public Session findById(String id) {
			Session[] saved = SAVED.get();
			if (saved != null && saved[0] != null && saved[0].getId().equals(id)) {
				return saved[0];
			}
			Session stored = delegate.findById(id);
			return stored == null ? null : new AccessNotedCoarsely(stored, precision);
		}

		@Override
		public void deleteById(String id) {
			Session[] saved = SAVED.get();
			if (saved != null && saved[0] != null && saved[0].getId().equals(id)) {
				saved[0] = null;
			}
			delegate.deleteById(id);
		}

	}

	/**
	 * A session read from the repository whose last access is passed on only when it moved by the precision (or with
	 * any other change, which is written anyway); the repository then has nothing to write for a request that only
	 * used the session.
	 */
	private static final class AccessNotedCoarsely implements Session {

		private final Session stored;

		private final Duration precision;

		/** This request's access, while it is not passed on. */
		private Instant unnoted;

		AccessNotedCoarsely(Session stored, Duration precision) {
			this.stored = stored;
			this.precision = precision;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Duration tenth = stored.getMaxInactiveInterval().dividedBy(10);
			Duration within = tenth.compareTo(precision) < 0 ? tenth : precision;
			if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(within) >= 0) {
				stored.setLastAccessedTime(lastAccessedTime);
				unnoted = null;
			}
			else {
				unnoted = lastAccessedTime;
			}
		}

		/** The session is written anyway: its last access goes with it. */
		private void noteAccess() {
			if (unnoted != null) {
				stored.setLastAccessedTime(unnoted);
				unnoted = null;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return unnoted != null ? unnoted : stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			noteAccess();
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			noteAccess();
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			noteAccess();
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			noteAccess();
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		/** As the stored session counts it: from the last access written, so never later than the real one. */
		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
