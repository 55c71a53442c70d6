package org.sojourn.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A correction of a signed record. The record itself is never changed: the addendum names what it corrects (a
 * submitted form's id, or "administration"), why, and each changed field with its earlier and new value.
 */
@Entity
@Table(name = "addendum")
class Addendum {

	@Id
	private UUID id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private UUID sessionId;

	@Column(nullable = false, updatable = false)
	private String target;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private String changes;

	@Column(nullable = false, updatable = false)
	private String author;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Addendum() {
	}

	Addendum(UUID sessionId, String target, String reason, String changesJson, String author) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.target = target;
		this.reason = reason;
		this.changes = changesJson;
		this.author = author;
		this.recordedAt = Instant.now();
	}

	RecordViews.AddendumView view() {
		return new RecordViews.AddendumView(id, target, reason, changes, author, recordedAt);
	}

}
