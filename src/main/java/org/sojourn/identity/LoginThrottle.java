package org.sojourn.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Recent failed sign-ins of one username. Kept in the database so that every node of a cluster counts alike. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

	@Id
	private String username;

	private int failures;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected LoginThrottle() {
	}

	LoginThrottle(String username) {
		this.username = username;
		this.lastFailureAt = Instant.now();
	}

	/** Counts a failure; failures older than the lock duration are forgotten first. */
	void failed(int maxFailures, Duration lockDuration, Instant now) {
		if (lastFailureAt.plus(lockDuration).isBefore(now)) {
			failures = 0;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= maxFailures) {
			lockedUntil = now.plus(lockDuration);
		}
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
