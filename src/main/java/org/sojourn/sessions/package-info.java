/**
 * The life of a client's session, from opening to closing: who may see it, its center, its phase and status, its open
 * tasks, cancellation and the integration reminder. Each session runs as one process instance, driven through
 * {@link org.sojourn.sessions.SessionWorkflow}, which the {@code engine} module implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "clients", "compliance", "forms", "identity",
		"listing", "servicecenters" })
package org.sojourn.sessions;
