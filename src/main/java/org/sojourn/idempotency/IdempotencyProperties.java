package org.sojourn.idempotency;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of idempotent requests (sojourn.idempotency.*).
 *
 * @param retention how long a key and its answer are kept for retries
 * @param lockTimeout how long a key claimed by a request still running refuses retries (409) before a retry may
 * take it over, as the node running the first request then has failed
 * @param cleanupInterval how often each node removes expired keys
 * @param maxBodySize the largest body (other than a multipart upload, which has its own limits) a request with a key
 * may carry: it is held in memory to compare retries with it
 */
@Validated
@ConfigurationProperties("sojourn.idempotency")
record IdempotencyProperties(@NotNull Duration retention, @NotNull Duration lockTimeout,
		@NotNull Duration cleanupInterval, @NotNull DataSize maxBodySize) {

	IdempotencyProperties {
		if (retention != null && (retention.isNegative() || retention.isZero())) {
			throw new IllegalArgumentException("sojourn.idempotency.retention must be positive");
		}
		if (lockTimeout != null && (lockTimeout.isNegative() || lockTimeout.isZero())) {
			throw new IllegalArgumentException("sojourn.idempotency.lock-timeout must be positive");
		}
	}

}
