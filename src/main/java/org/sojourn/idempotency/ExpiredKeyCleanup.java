package org.sojourn.idempotency;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes keys past their retention, on every node: each run deletes what has expired, so nodes need not agree on
 * who runs it, and a key read before its row is removed counts as expired already.
 */
@Component
class ExpiredKeyCleanup {

	private static final Logger log = LoggerFactory.getLogger(ExpiredKeyCleanup.class);

	private final IdempotencyKeys keys;

	ExpiredKeyCleanup(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Scheduled(initialDelayString = "${sojourn.idempotency.cleanup-interval}",
			fixedDelayString = "${sojourn.idempotency.cleanup-interval}")
	void removeExpired() {
		try {
			int removed = keys.removeExpired(Instant.now());
			log.debug("Removed {} expired idempotency keys", removed);
		}
		catch (DataAccessException e) {
			// Two nodes deleting the same rows may collide; the next run removes what is left.
			log.info("Expired idempotency keys not removed this time: {}", e.getMessage());
		}
	}

}
