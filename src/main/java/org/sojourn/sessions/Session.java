package org.sojourn.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One journey of one client through preparation, administration and integration. */
@Entity
@Table(name = "service_session")
public class Session {

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false)
	private UUID clientId;

	@Column(name = "facilitator_username", nullable = false)
	private String facilitatorUsername;

	@Column(name = "client_legal_name", nullable = false)
	private String clientLegalName;

	@Column(name = "client_preferred_name")
	private String clientPreferredName;

	@Column(name = "client_date_of_birth", nullable = false)
	private LocalDate clientDateOfBirth;

	@Column(name = "center_id")
	private UUID centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionPhase phase;

	@Column(name = "preparation_session_at")
	private Instant preparationSessionAt;

	@Column(name = "administration_scheduled_at")
	private Instant administrationScheduledAt;

	@Column(name = "administration_room")
	private String administrationRoom;

	@Column(name = "product_consumed_at")
	private Instant productConsumedAt;

	@Column(name = "screening_outcome")
	private String screeningOutcome;

	@Column(name = "screening_reasons")
	private String screeningReasons;

	@Column(name = "close_reason")
	private String closeReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "integration_reminded_at")
	private Instant integrationRemindedAt;

	@Version
	private long version;

	protected Session() {
	}

	Session(UUID clientId, SessionClient client, String facilitatorUsername, UUID centerId) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.clientLegalName = client.legalName();
		this.clientPreferredName = client.preferredName();
		this.clientDateOfBirth = client.dateOfBirth();
		this.facilitatorUsername = facilitatorUsername;
		this.centerId = centerId;
		this.status = SessionStatus.ACTIVE;
		this.phase = SessionPhase.PREPARATION;
		this.createdAt = Instant.now();
	}

	public boolean isOpen() {
		return status == SessionStatus.ACTIVE;
	}

	public void enter(SessionPhase phase) {
		this.phase = phase;
	}

	void associateCenter(UUID centerId) {
		this.centerId = centerId;
	}

	public void screened(String outcome, String reasons) {
		this.screeningOutcome = outcome;
		this.screeningReasons = reasons;
	}

	public void preparationCertified(Instant preparationSessionAt) {
		this.preparationSessionAt = preparationSessionAt;
	}

	/** @param room what the center wrote as the room, or null */
	public void administrationScheduled(Instant scheduledAt, String room) {
		this.administrationScheduledAt = scheduledAt;
		this.administrationRoom = room;
	}

	public void productConsumed(Instant consumedAt) {
		this.productConsumedAt = consumedAt;
	}

	void integrationReminded(Instant at) {
		this.integrationRemindedAt = at;
	}

	public void close(SessionStatus status, String reason) {
		this.status = status;
		this.phase = SessionPhase.CLOSED;
		this.closeReason = reason;
		this.closedAt = Instant.now();
	}

	public UUID getId() {
		return id;
	}

	public UUID getClientId() {
		return clientId;
	}

	/** Whose session it is, for those who share the session only. */
	public SessionClient getClient() {
		return new SessionClient(clientLegalName, clientPreferredName, clientDateOfBirth);
	}

	public String getFacilitatorUsername() {
		return facilitatorUsername;
	}

	public UUID getCenterId() {
		return centerId;
	}

	public SessionStatus getStatus() {
		return status;
	}

	public SessionPhase getPhase() {
		return phase;
	}

	public Instant getPreparationSessionAt() {
		return preparationSessionAt;
	}

	public Instant getAdministrationScheduledAt() {
		return administrationScheduledAt;
	}

	public String getAdministrationRoom() {
		return administrationRoom;
	}

	public Instant getProductConsumedAt() {
		return productConsumedAt;
	}

	public String getScreeningOutcome() {
		return screeningOutcome;
	}

	public String getScreeningReasons() {
		return screeningReasons;
	}

	public String getCloseReason() {
		return closeReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getIntegrationRemindedAt() {
		return integrationRemindedAt;
	}

}
