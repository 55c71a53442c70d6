package org.sojourn.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the trail as it is shown: metadata about an access, never the record's content. */
public record AuditEntry(UUID id, Instant occurredAt, String actor, AuditAction action, AuditRecordType recordType,
		UUID recordId, String what, String outcome, String source) {
}
