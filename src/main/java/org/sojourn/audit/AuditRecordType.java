package org.sojourn.audit;

/** The kinds of record the trail follows. */
public enum AuditRecordType {

	CLIENT, SESSION,

	/** A personal access token of the API: made, revoked. */
	TOKEN

}
