package org.sojourn.identity;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated wrong passwords (sojourn.login.max-failures within
 * sojourn.login.lock-duration), on every door: form login, HTTP Basic, and so the webapps and engine REST.
 * Unknown usernames are counted the same way, so the lock says nothing about which accounts exist.
 */
@Component
class LoginThrottling {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottling.class);

	static final String KIND = "sign-in";

	private final Throttles throttles;

	private final Throttles.Limit limit;

	LoginThrottling(Throttles throttles, @Value("${sojourn.login.max-failures}") int maxFailures,
			@Value("${sojourn.login.lock-duration}") Duration lockDuration) {
		this.throttles = throttles;
		this.limit = new Throttles.Limit(maxFailures, lockDuration);
	}

	/**
	 * Whether a name given at sign-in could name an account at all: one that cannot (too long for the column, or with
	 * a NUL, which PostgreSQL cannot compare) is a wrong login without asking the database.
	 */
	static boolean couldBeAUsername(String username) {
		return username != null && username.length() <= 64 && username.indexOf('\0') < 0;
	}

	boolean isLocked(String username) {
		return throttles.isLocked(KIND, username);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		if (!couldBeAUsername(username)) {
			return;
		}
		if (throttles.count(KIND, username, limit)) {
			log.warn("Sign-in for '{}' locked for {} after {} failed attempts", username, limit.window(),
					limit.attempts());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		throttles.clear(KIND, event.getAuthentication().getName());
	}

}
