package org.sojourn.identity;

import java.util.Set;
import java.util.UUID;

/** Which centers a user administers; answered by the service centers module, which owns memberships. */
public interface AdministeredCenters {

	Set<UUID> centersAdministeredBy(String username);

}
