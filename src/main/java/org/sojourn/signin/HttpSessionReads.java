package org.sojourn.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 */
@Configuration(proxyBeanMethods = false)
class HttpSessionReads {

	@Bean
	static BeanPostProcessor sessionFilterReadingOncePerRequest(ObjectProvider<SessionRepository<?>> repository,
			ObjectProvider<HttpSessionIdResolver> resolver, ObjectProvider<CookieSerializer> cookies) {
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
				ReadingOnce filter = new ReadingOnce(new SavedThisRequest(repository.getObject()));
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

		SavedThisRequest(SessionRepository<?> delegate) {
			this.delegate = delegate;
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
			delegate.save(session);
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
			return delegate.findById(id);
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

}
