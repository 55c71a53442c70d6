package org.sojourn.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One entry of the audit trail. Written once, never changed: every column is insert-only, Hibernate treats the
 * entity as immutable, and there are no setters.
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent implements Persistable<UUID> {

	@Id
	@Column(updatable = false)
	private UUID id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AuditAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "record_type", nullable = false, updatable = false)
	private AuditRecordType recordType;

	@Column(name = "record_id", nullable = false, updatable = false)
	private UUID recordId;

	@Column(nullable = false, updatable = false)
	private String what;

	@Column(nullable = false, updatable = false)
	private String outcome;

	@Column(updatable = false)
	private String source;

	/** Spring Data would otherwise look a new entry up before inserting it, since its id is set here. */
	@Transient
	private boolean stored;

	protected AuditEvent() {
	}

	AuditEvent(String actor, AuditAction action, AuditRecordType recordType, UUID recordId, String what,
			String outcome, String source) {
		this.id = UUID.randomUUID();
		this.occurredAt = Instant.now();
		this.actor = clip(actor, 64);
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.what = clip(what, 500);
		this.outcome = clip(outcome, 20);
		this.source = clip(source, 100);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return !stored;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.stored = true;
	}

	AuditEntry view() {
		return new AuditEntry(id, occurredAt, actor, action, recordType, recordId, what, outcome, source);
	}

	private static String clip(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
