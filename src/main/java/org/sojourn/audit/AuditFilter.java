package org.sojourn.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What to look for in the trail; every part is optional.
 *
 * @param from inclusive
 * @param to exclusive
 */
record AuditFilter(String actor, AuditRecordType recordType, UUID recordId, Instant from, Instant to) {

	static AuditFilter forRecord(AuditRecordType recordType, UUID recordId) {
		return new AuditFilter(null, recordType, recordId, null, null);
	}

}
