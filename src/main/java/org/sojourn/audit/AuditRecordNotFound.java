package org.sojourn.audit;

import java.util.UUID;

/**
 * No such record, or not one whose trail the user may see: worded like the record's own "not found", so that the
 * trail cannot be used to probe ids.
 */
public class AuditRecordNotFound extends RuntimeException {

	private AuditRecordNotFound(String message) {
		super(message);
	}

	public static AuditRecordNotFound client(UUID id) {
		return new AuditRecordNotFound("There is no client %s.".formatted(id));
	}

	public static AuditRecordNotFound session(UUID id) {
		return new AuditRecordNotFound("There is no session %s.".formatted(id));
	}

}
