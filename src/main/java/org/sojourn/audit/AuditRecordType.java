package org.sojourn.audit;

/** The kinds of record the trail follows. */
public enum AuditRecordType {

	CLIENT, SESSION,

	/** An account (module accounts): its id is derived from the username, see accounts.AccountAudit. */
	ACCOUNT

}
