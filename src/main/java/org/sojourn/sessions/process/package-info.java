/**
 * The seam to the process engine: the only package that imports {@code org.camunda.*}. It starts and drives
 * session instances, hands every completed task to {@link org.sojourn.sessions.SessionRecorder}, evaluates the
 * decision tables, and lets the engine's REST API and webapps trust Sojourn's login.
 */
package org.sojourn.sessions.process;
