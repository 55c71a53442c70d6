/**
 * What every door shares: problem details for errors, web configuration, the home page.
 * It sits on top of the feature modules and none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "clients", "compliance", "forms", "identity",
		"listing", "servicecenters", "sessions" })
package org.sojourn.system;
