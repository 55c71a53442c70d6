/**
 * Sessions of a client, from preparation to integration, and the session record they leave behind.
 * Each session runs as one process instance; {@code sessions.process} is the only package that knows the engine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "clients", "compliance", "identity",
		"listing", "servicecenters" })
package org.sojourn.sessions;
