package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.audit.AuditRecordType;
import org.sojourn.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts sign-in events of an account into the audit trail: who did it, to which account, from where. An account is
 * named in the trail by a UUID derived from its username, so that operators find its entries by record too.
 */
@Component
class AccountEvents {

	private final AuditTrail trail;

	AccountEvents(AuditTrail trail) {
		this.trail = trail;
	}

	static UUID recordIdOf(String username) {
		return UUID.nameUUIDFromBytes(("account:" + username).getBytes(StandardCharsets.UTF_8));
	}

	/** Something the account's owner did, or that happened to them, such as a wrong code. */
	void record(String username, AuditAction action, String what, String outcome) {
		record(username, username, action, what, outcome);
	}

	/** Something done by one person (an operator) to another's account. */
	void record(String actor, String username, AuditAction action, String what, String outcome) {
		trail.record(actor, action, AuditRecordType.ACCOUNT, recordIdOf(username), what, outcome, source());
	}

	private static String source() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
