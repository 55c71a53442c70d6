package org.sojourn.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per kind and key in the database, so that every node agrees: wrong passwords per username, wrong
 * second-step codes, mail asked for an address or from a client address. A key that reached its limit within the
 * window is locked for the window; attempts older than the window are forgotten.
 */
@Service
public class Throttles {

	/** At most {@code attempts} within {@code window}; reaching it locks the key for {@code window}. */
	public record Limit(int attempts, Duration window) {

		public Limit {
			if (attempts < 1 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("A limit needs at least one attempt in a positive window");
			}
		}

	}

	private final AttemptThrottleRepository throttles;

	Throttles(AttemptThrottleRepository throttles) {
		this.throttles = throttles;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String kind, String key) {
		Optional<AttemptThrottle> throttle = throttles.findById(new AttemptThrottle.Key(kind, key));
		if (throttle.isEmpty()) {
			RequestAccounts.noteUnthrottled(kind, key);
		}
		return throttle.map(found -> found.isLocked(Instant.now())).orElse(false);
	}

	/** Counts a (failed) attempt; returns whether the key is locked now. */
	@Transactional
	public boolean count(String kind, String key, Limit limit) {
		RequestAccounts.forgetUnthrottled(kind, key);
		AttemptThrottle throttle = throttles.findForUpdate(kind, key).orElseGet(() -> new AttemptThrottle(kind, key));
		Instant now = Instant.now();
		throttle.attempted(limit, now);
		throttles.save(throttle);
		return throttle.isLocked(now);
	}

	/**
	 * For an action limited as such (a mail asked for): when the key is not locked, counts the attempt and says
	 * yes; when it is, says no and counts nothing, so that a locked key opens again once its window has passed.
	 */
	@Transactional
	public boolean tryAcquire(String kind, String key, Limit limit) {
		RequestAccounts.forgetUnthrottled(kind, key);
		AttemptThrottle throttle = throttles.findForUpdate(kind, key).orElseGet(() -> new AttemptThrottle(kind, key));
		Instant now = Instant.now();
		if (throttle.isLocked(now)) {
			return false;
		}
		throttle.attempted(limit, now);
		throttles.save(throttle);
		return true;
	}

	/**
	 * Forgets the attempts of a key (a success). A request that checked the key a moment ago and found no attempts
	 * has nothing to forget, and reads it no second time: a sign-in's success after its lock check. An attempt that
	 * another request counts meanwhile then stays counted, which is the stricter of the two outcomes. Not
	 * transactional itself, so that a clear with nothing to forget opens no transaction; deleteById reads and deletes
	 * in one transaction (its own or the caller's), as this method did.
	 */
	public void clear(String kind, String key) {
		if (RequestAccounts.knownUnthrottled(kind, key)) {
			return;
		}
		throttles.deleteById(new AttemptThrottle.Key(kind, key));
	}

}
