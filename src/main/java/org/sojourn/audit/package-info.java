/**
 * The audit trail of client and session records: who read or changed which record, when, how and from where.
 * Metadata only, written by a web interceptor and session events; shown to the record's people and to operators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "clients", "sessions" })
package org.sojourn.audit;
