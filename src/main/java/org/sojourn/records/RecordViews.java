package org.sojourn.records;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionViews;

/** What the API, the pages and the PDF show of a session's record. */
public final class RecordViews {

	private RecordViews() {
	}

	public record Form(UUID id, SessionStep step, String formId, String formVersion, @JsonRawValue String answers,
			String submittedBy, Instant submittedAt) {
	}

	/**
	 * @param waitingForCenter preparation is done and the process waits at its step for a service center
	 * @param groupAdministration the group administration the session is or was part of (its size, time, room and
	 *     attending facilitators, never the other participants); null for a session that was never in a group
	 */
	public record Record(SessionViews.Summary session, boolean waitingForCenter, String screeningOutcome,
			String screeningReasons, String closeReason, Instant preparationSessionAt, Instant productConsumedAt,
			List<Form> forms, AdministrationView administration,
			GroupAdministrationLink.GroupOfSession groupAdministration, List<EventView> events,
			List<AddendumView> addenda, DenialView denial, List<OpenTask> openTasks) {
	}

	public record EventView(UUID id, String kind, String severity, boolean emergencyServicesCalled,
			boolean medicalCareProvided, String narrative, Instant occurredAt, String recordedBy, Instant recordedAt) {
	}

	/** @param changes each corrected field with its earlier ("from") and new ("to") value */
	public record AddendumView(UUID id, String target, String reason, @JsonRawValue String changes, String author,
			Instant recordedAt) {
	}

	public record DenialView(DenialCode code, String reason, String decidedBy, Instant decidedAt) {
	}

}
