package org.sojourn.sessions;

import java.util.UUID;

/**
 * A session was associated with a service center, when it opened or later, or moved from one center to another.
 *
 * @param previousCenterId the center it had before, or null
 * @param actor the username of the facilitator who chose it
 */
public record SessionCenterChanged(UUID sessionId, UUID centerId, UUID previousCenterId, String actor) {
}
