package org.sojourn.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Recent wrong second-step codes of one username, kept in the database so that every node counts alike. */
@Entity
@Table(name = "second_step_throttle")
class SecondStepThrottle {

	@Id
	private String username;

	private int failures;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected SecondStepThrottle() {
	}

	SecondStepThrottle(String username) {
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
