package org.sojourn.audit;

/** What was done to a record. */
public enum AuditAction {

	READ, CREATE, UPDATE, COMPLETE, CANCEL, DENY, OTHER

}
