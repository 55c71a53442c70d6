package org.sojourn.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An adverse reaction or a transport deviation during administration; written once. */
@Entity
@Table(name = "administration_event")
class AdministrationEvent {

	@Id
	private UUID id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private UUID sessionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AdministrationEventKind kind;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private ReactionSeverity severity;

	@Column(name = "emergency_services", nullable = false, updatable = false)
	private boolean emergencyServices;

	@Column(name = "medical_care", nullable = false, updatable = false)
	private boolean medicalCare;

	@Column(nullable = false, updatable = false)
	private String narrative;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected AdministrationEvent() {
	}

	AdministrationEvent(UUID sessionId, EventReport report, String recordedBy) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.kind = report.kind();
		this.severity = report.kind().isReaction() ? report.severity() : null;
		this.emergencyServices = Boolean.TRUE.equals(report.emergencyServicesCalled());
		this.medicalCare = Boolean.TRUE.equals(report.medicalCareProvided());
		this.narrative = report.narrative().strip();
		this.occurredAt = report.occurredAt();
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	RecordViews.EventView view() {
		return new RecordViews.EventView(id, kind.name(), severity == null ? null : severity.name(), emergencyServices,
				medicalCare, narrative, occurredAt, recordedBy, recordedAt);
	}

}
