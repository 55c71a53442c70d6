package org.sojourn.records;

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
import org.sojourn.sessions.SessionStep;
import org.springframework.data.domain.Persistable;

/**
 * A form as it was submitted: written once, never changed. Its id is assigned here, so Spring Data cannot tell a new
 * form from a stored one by the id and would merge it (a select before the insert, on every completion); the form
 * says itself that it is new until it is stored or loaded.
 */
@Entity
@Table(name = "submitted_form")
class SubmittedForm implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private UUID sessionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SessionStep step;

	@Column(name = "form_id", nullable = false, updatable = false)
	private String formId;

	@Column(name = "form_version", nullable = false, updatable = false)
	private String formVersion;

	@Column(nullable = false, updatable = false)
	private String payload;

	@Column(name = "submitted_by", nullable = false, updatable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Transient
	private boolean stored;

	protected SubmittedForm() {
	}

	SubmittedForm(UUID sessionId, SessionStep step, String formId, String formVersion, String payload,
			String submittedBy) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.step = step;
		this.formId = formId;
		this.formVersion = formVersion;
		this.payload = payload;
		this.submittedBy = submittedBy;
		this.submittedAt = Instant.now();
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
	void markStored() {
		stored = true;
	}

	SessionStep getStep() {
		return step;
	}

	String getFormId() {
		return formId;
	}

	String getFormVersion() {
		return formVersion;
	}

	String getPayload() {
		return payload;
	}

	String getSubmittedBy() {
		return submittedBy;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

}
