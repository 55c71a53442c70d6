/**
 * Licensed service centers and the administrators who work for them.
 * A plain-record module: it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.servicecenters;
