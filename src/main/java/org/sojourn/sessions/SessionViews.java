package org.sojourn.sessions;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the API and pages show of sessions. */
public final class SessionViews {

	private SessionViews() {
	}

	/**
	 * @param needsCenter the session is open and has no service center yet: administration waits for one
	 */
	public record Summary(UUID id, UUID clientId, String facilitator, UUID centerId, SessionStatus status,
			SessionPhase phase, boolean needsCenter, Instant administrationScheduledAt, Instant createdAt,
			Instant closedAt) {
	}

	public record Form(UUID id, SessionStep step, String formId, String formVersion, @JsonRawValue String answers,
			String submittedBy, Instant submittedAt) {
	}

	/**
	 * @param waitingForCenter preparation is done and the process waits at its step for a service center
	 */
	public record Record(Summary session, boolean waitingForCenter, String screeningOutcome, String screeningReasons, String closeReason,
			Instant preparationSessionAt, Instant productConsumedAt, List<Form> forms, AdministrationView administration,
			List<EventView> events, List<AddendumView> addenda, DenialView denial, List<OpenTask> openTasks) {
	}

	public record EventView(UUID id, String kind, String severity, boolean emergencyServicesCalled,
			boolean medicalCareProvided, String narrative, Instant occurredAt, String recordedBy, Instant recordedAt) {
	}

	/** @param changes each corrected field with its earlier ("from") and new ("to") value */
	public record AddendumView(UUID id, String target, String reason, @JsonRawValue String changes, String author,
			Instant recordedAt) {
	}

	/**
	 * A session whose integration stayed open past the reminder period.
	 *
	 * @param integrationSince when integration began: the submission of the product and waste record, which ends
	 * administration
	 * @param remindedAt when the process's timer reminded the facilitator
	 */
	public record OverdueIntegration(UUID sessionId, UUID clientId, Instant integrationSince, Instant remindedAt) {
	}

	public record DenialView(DenialCode code, String reason, String decidedBy, Instant decidedAt) {
	}

}
