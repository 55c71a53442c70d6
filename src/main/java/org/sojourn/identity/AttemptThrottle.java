package org.sojourn.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** Recent attempts of one kind for one key. Kept in the database so that every node of a cluster counts alike. */
@Entity
@Table(name = "attempt_throttle")
@IdClass(AttemptThrottle.Key.class)
class AttemptThrottle {

	@Id
	private String kind;

	@Id
	@Column(name = "throttle_key")
	private String key;

	private int attempts;

	@Column(name = "last_attempt_at", nullable = false)
	private Instant lastAttemptAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected AttemptThrottle() {
	}

	AttemptThrottle(String kind, String key) {
		this.kind = kind;
		this.key = key;
		this.lastAttemptAt = Instant.now();
	}

	/** Counts an attempt; attempts older than the window are forgotten first. Reaching the limit locks. */
	void attempted(Throttles.Limit limit, Instant now) {
		if (lastAttemptAt.plus(limit.window()).isBefore(now)) {
			attempts = 0;
		}
		attempts++;
		lastAttemptAt = now;
		if (attempts >= limit.attempts()) {
			lockedUntil = now.plus(limit.window());
		}
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	record Key(String kind, String key) implements Serializable {
	}

}
