package org.sojourn.audit;

/** The kinds of record the trail follows; an account's entries (its sign-in factors) are for operators. */
public enum AuditRecordType {

	CLIENT, SESSION,

	/** An account (module accounts): its id is derived from the username, see accounts.AccountAudit. */
	ACCOUNT,

	/** A personal access token of the API: made, revoked. */
	TOKEN,

	/** A group administration (module groups): planned, its facilitators changed, checked in, cancelled. */
	GROUP,

	/** A center's administration room (module groups): added, changed, retired. */
	ROOM

}
