/**
 * The seam to the process engine: the only module that imports {@code org.camunda.*}. It starts and drives session
 * instances (implementing {@link org.sojourn.sessions.SessionWorkflow}), hands every completed task to
 * {@link org.sojourn.records.SessionRecorder}, evaluates the decision tables, keeps the engine's history without
 * values, mirrors accounts and groups as engine users, and lets the engine's REST API and webapps trust Sojourn's
 * login. It also runs the installation's quarterly report reminders, whose schedule is a process of its own, and
 * group administrations' own process, which participants' session instances wait on (implementing
 * {@link org.sojourn.groups.GroupWorkflow}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "compliance", "forms", "groups", "identity",
		"records", "reporting", "servicecenters", "sessions" })
package org.sojourn.engine;
