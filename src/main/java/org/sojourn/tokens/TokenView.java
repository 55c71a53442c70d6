package org.sojourn.tokens;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner sees it in the list: never the token itself. */
record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
		boolean usable) {
}
