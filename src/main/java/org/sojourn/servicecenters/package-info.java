/**
 * Licensed service centers, their administrators, and the facilitators they have accepted.
 * Depends on identity for accounts and the current user.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "identity")
package org.sojourn.servicecenters;
