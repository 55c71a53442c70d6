package org.sojourn.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The structured reason a session was denied; one per session, written once. */
@Entity
@Table(name = "denial")
class Denial {

	@Id
	@Column(name = "session_id")
	private UUID sessionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DenialCode code;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected Denial() {
	}

	Denial(UUID sessionId, DenialCode code, String reason, String decidedBy) {
		this.sessionId = sessionId;
		this.code = code;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = Instant.now();
	}

	RecordViews.DenialView view() {
		return new RecordViews.DenialView(code, reason, decidedBy, decidedAt);
	}

}
