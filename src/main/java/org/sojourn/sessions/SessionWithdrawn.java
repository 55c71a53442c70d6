package org.sojourn.sessions;

import java.util.UUID;

/**
 * The client withdrew from a session, which closed it. Published inside the cancellation's transaction, so that the
 * record's entry of the withdrawal is written with it or not at all.
 */
public record SessionWithdrawn(UUID sessionId, String reason, String actor) {
}
