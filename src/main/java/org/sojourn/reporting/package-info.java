/**
 * The quarterly report a center submits to the state: clients and sessions, denials, adverse reactions, averages and
 * the demographics of clients who did not opt out, with small counts suppressed. Only the center's administrators see it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "records", "servicecenters", "sessions" })
package org.sojourn.reporting;
