package org.sojourn.identity;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a while after repeated wrong passwords (sojourn.login.max-failures within
 * sojourn.login.lock-duration), on every door: form login, HTTP Basic, and so the webapps and engine REST.
 * Unknown usernames are counted the same way, so the lock says nothing about which accounts exist.
 */
@Component
class LoginThrottling {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottling.class);

	private final LoginThrottleRepository throttles;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginThrottling(LoginThrottleRepository throttles, @Value("${sojourn.login.max-failures}") int maxFailures,
			@Value("${sojourn.login.lock-duration}") Duration lockDuration) {
		this.throttles = throttles;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	/**
	 * Whether a name given at sign-in could name an account at all: one that cannot (too long for the column, or with
	 * a NUL, which PostgreSQL cannot compare) is a wrong login without asking the database.
	 */
	static boolean couldBeAUsername(String username) {
		return username != null && username.length() <= 64 && username.indexOf('\0') < 0;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return throttles.findById(username).map(throttle -> throttle.isLocked(Instant.now())).orElse(false);
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		if (!couldBeAUsername(username)) {
			return;
		}
		LoginThrottle throttle = throttles.findById(username).orElseGet(() -> new LoginThrottle(username));
		throttle.failed(maxFailures, lockDuration, Instant.now());
		throttles.save(throttle);
		if (throttle.isLocked(Instant.now())) {
			log.warn("Sign-in for '{}' locked for {} after {} failed attempts", username, lockDuration, maxFailures);
		}
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		if (throttles.existsById(username)) {
			throttles.deleteById(username);
		}
	}

}
