package org.sojourn.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.audit.AuditRecordType;
import org.sojourn.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
		return UUID.nameUUIDFromBytes(("account:" + username).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param actor who did it (the account itself, an administrator, an operator; "anonymous" before sign-in)
	 * @param what a short description without secrets, e.g. "account fiona: password changed"
	 */
	void record(String actor, AuditAction action, String username, String what, String outcome) {
		trail.getObject().record(actor, action, AuditRecordType.ACCOUNT, recordId(username), what, outcome, source());
	}

	private static String source() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "system";
	}

}
