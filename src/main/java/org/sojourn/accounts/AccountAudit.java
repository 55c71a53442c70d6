package org.sojourn.accounts;

import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Account events in the audit trail: who, when, what and from where (the request's address). An account's entries
 * carry record type ACCOUNT and an id derived from its username ({@link #recordId}), so that an operator finds them
 * with {@code GET /api/audit?recordType=ACCOUNT&recordId=...} as well as by actor.
 */
@Component
public class AccountAudit {

	// Looked up when first used: the trail reaches sessions and centers, which reach the invitations mailed here.
	private final ObjectProvider<AuditTrail> trail;

	AccountAudit(ObjectProvider<AuditTrail> trail) {
		this.trail = trail;
	}

	/** The stable id of an account in the audit trail. */
	public static UUID recordId(String username) {
		return AuditTrail.accountRecordId(username);
	}

	/**
	 * @param actor who did it (the account itself, an administrator, an operator; "anonymous" before sign-in)
	 * @param what a short description without secrets, e.g. "account fiona: password changed"
	 */
	void record(String actor, AuditAction action, String username, String what, String outcome) {
		trail.getObject().recordAccountEvent(actor, action, username, what, outcome);
	}

}
