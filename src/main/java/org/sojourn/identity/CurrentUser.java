package org.sojourn.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The person behind a request, with what Sojourn knows of their roles. Center memberships are read per
 * request so that adding or removing an administrator takes effect without a new login.
 */
public record CurrentUser(String username, boolean facilitator, boolean operator, Set<UUID> administeredCenters) {

	public boolean administers(UUID centerId) {
		return centerId != null && administeredCenters.contains(centerId);
	}

}
