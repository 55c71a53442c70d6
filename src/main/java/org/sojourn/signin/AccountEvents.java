package org.sojourn.signin;

import org.sojourn.audit.AuditAction;
import org.sojourn.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Puts sign-in events of an account into the audit trail: who did it, to which account, from where (see
 * {@link AuditTrail#recordAccountEvent}).
 */
@Component
class AccountEvents {

	private final AuditTrail trail;

	AccountEvents(AuditTrail trail) {
		this.trail = trail;
	}

	/** Something the account's owner did, or that happened to them, such as a wrong code. */
	void record(String username, AuditAction action, String what, String outcome) {
		record(username, username, action, what, outcome);
	}

	/** Something done by one person (an operator) to another's account. */
	void record(String actor, String username, AuditAction action, String what, String outcome) {
		trail.recordAccountEvent(actor, action, username, what, outcome);
	}

}
