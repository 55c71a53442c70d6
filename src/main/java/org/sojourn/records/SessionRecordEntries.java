package org.sojourn.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.compliance.CancellationRules;
import org.sojourn.forms.FormData;
import org.sojourn.forms.FormDataInvalid;
import org.sojourn.forms.FormSchema;
import org.sojourn.forms.FormSchemas;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionAccess;
import org.sojourn.sessions.SessionActionRefused;
import org.sojourn.sessions.SessionChanged;
import org.sojourn.sessions.SessionConflict;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionWithdrawn;
import org.sojourn.sessions.SessionWorkflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is added to a session record besides its forms: events during administration, addenda that correct signed
 * records without changing them, and the denial of services by the facilitator's decision.
 */
@Service
public class SessionRecordEntries {

	/** The target of an addendum that corrects the administration record rather than a form. */
	public static final String ADMINISTRATION = "administration";

	private final SessionAccess sessions;

	private final SubmittedFormRepository forms;

	private final AdministrationEventRepository events;

	private final AddendumRepository addenda;

	private final DenialRepository denials;

	private final FormSchemas schemas;

	private final SessionRecorder recorder;

	private final StepRules rules;

	private final CancellationRules cancellationRules;

	private final SessionWorkflow engine;

	private final ObjectMapper objectMapper;

	private final ApplicationEventPublisher publisher;

	private final ZoneId zone;

	SessionRecordEntries(SessionAccess sessions, SubmittedFormRepository forms, AdministrationEventRepository events,
			AddendumRepository addenda, DenialRepository denials, FormSchemas schemas,
			SessionRecorder recorder, StepRules rules, CancellationRules cancellationRules, SessionWorkflow engine,
			ObjectMapper objectMapper, ApplicationEventPublisher publisher,
			@Value("${sojourn.time-zone}") ZoneId zone) {
		this.sessions = sessions;
		this.forms = forms;
		this.events = events;
		this.addenda = addenda;
		this.denials = denials;
		this.schemas = schemas;
		this.recorder = recorder;
		this.rules = rules;
		this.cancellationRules = cancellationRules;
		this.engine = engine;
		this.objectMapper = objectMapper;
		this.publisher = publisher;
		this.zone = zone;
	}

	/** An adverse reaction or transport deviation, at any moment of administration, without touching the process. */
	@Transactional
	public RecordViews.EventView recordEvent(CurrentUser user, UUID sessionId, EventReport report) {
		Session session = sessions.visible(user, sessionId);
		if (!session.isOpen() || session.getPhase() != SessionPhase.ADMINISTRATION) {
			throw SessionConflict.notInAdministration();
		}
		if (report.kind().isReaction() && report.severity() == null) {
			throw FormDataInvalid.of("severity", "Say how severe the reaction was: MILD, MODERATE or SEVERE.");
		}
		AdministrationEvent event = events.save(new AdministrationEvent(sessionId, report, user.username()));
		publisher.publishEvent(new SessionChanged(sessionId, SessionChanged.Kind.UPDATED, "event %s recorded".formatted(report.kind()),
				user.username()));
		if (report.kind().isReaction()) {
			publisher.publishEvent(new AdverseReactionRecorded(sessionId, user.username()));
		}
		return event.view();
	}

	/**
	 * Corrects a signed form or the administration record. The corrected whole must still pass the form's checks
	 * (and, for administration, the dose cap and minimum duration); the original is kept as it was.
	 */
	@Transactional
	public RecordViews.AddendumView addAddendum(CurrentUser user, UUID sessionId, AddendumRequest request) {
		Session session = sessions.visible(user, sessionId);
		SubmittedForm original = target(sessionId, request.target());
		FormSchema schema = schemas.forForm(original.getFormId());
		schema.checkKnownKeys(request.changes().keySet());
		request.changes().keySet().stream().filter(SessionRecorder.SCREENING_QUESTIONS::contains).findFirst()
			.ifPresent(question -> {
				throw FormDataInvalid.of(question, "Screening answers decided the client's eligibility and cannot be "
						+ "corrected by an addendum. If an answer was wrong, deny this session and start a new one.");
			});
		String target = canonicalTarget(original);
		Map<String, Object> current = currentValues(sessionId, original);
		Map<String, Object> corrected = new LinkedHashMap<>(current);
		corrected.putAll(request.changes());
		FormData form = schema.validate(corrected, zone);
		rules.check(session, original.getStep(), form);
		recorder.keepDates(session, original.getStep(), form);
		// "to" holds the validated value in its stored form, like "from", not the text as it was sent.
		Map<String, Object> normalized = read(json(form.values()));
		Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
		request.changes().keySet().forEach(field -> {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("from", current.get(field));
			change.put("to", normalized.get(field));
			changes.put(field, change);
		});
		Addendum addendum = addenda.save(new Addendum(sessionId, target, request.reason().strip(), json(changes),
				user.username()));
		publisher.publishEvent(new SessionChanged(sessionId, SessionChanged.Kind.UPDATED, "addendum to %s".formatted(target), user.username()));
		return addendum.view();
	}

	/** A client's withdrawal is kept as a denial of services with the client's reason, in the cancellation's transaction. */
	@EventListener
	void recordWithdrawal(SessionWithdrawn withdrawal) {
		denials.save(new Denial(withdrawal.sessionId(), DenialCode.CLIENT_WITHDREW, withdrawal.reason(),
				withdrawal.actor()));
	}

	/** The facilitator denies services by their judgement, for incomplete forms or another reason. */
	@Transactional
	public RecordViews.DenialView deny(CurrentUser user, UUID sessionId, DenialRequest request) {
		Session session = sessions.visible(user, sessionId);
		if (!session.getFacilitatorUsername().equals(user.username())) {
			throw new SessionActionRefused("Only the session's facilitator can deny services.");
		}
		if (!session.isOpen()) {
			throw SessionConflict.closed(session);
		}
		if (request.code() == DenialCode.SCREENING_HARD_STOP || request.code() == DenialCode.CLIENT_WITHDREW) {
			throw FormDataInvalid.of("code", "Screening denies by itself and a withdrawal is a cancellation; "
					+ "choose FACILITATOR_JUDGEMENT, INCOMPLETE_FORMS or OTHER.");
		}
		cancellationRules.checkCancellable(session.getProductConsumedAt());
		session.close(SessionStatus.DENIED, request.reason().strip());
		Denial denial = denials.save(new Denial(sessionId, request.code(), request.reason().strip(), user.username()));
		engine.cancel(sessionId);
		publisher.publishEvent(new SessionChanged(sessionId, SessionChanged.Kind.DENIED, "denied: " + request.code(), user.username()));
		return denial.view();
	}

	private SubmittedForm target(UUID sessionId, String target) {
		List<SubmittedForm> submitted = forms.findBySessionIdOrderBySubmittedAtAsc(sessionId);
		return submitted.stream()
			.filter(form -> ADMINISTRATION.equals(target) ? form.getStep() == SessionStep.ADMINISTRATION_RECORD
					: form.getId().toString().equals(target))
			.findFirst()
			.orElseThrow(() -> FormDataInvalid.of("target", "This session has no submitted form or record '%s'."
				.formatted(target)));
	}

	/** The administration record is corrected as "administration", whichever way the request named it. */
	private static String canonicalTarget(SubmittedForm original) {
		return original.getStep() == SessionStep.ADMINISTRATION_RECORD ? ADMINISTRATION : original.getId().toString();
	}

	/** The form's values as corrected so far: the original with every earlier addendum applied in order. */
	private Map<String, Object> currentValues(UUID sessionId, SubmittedForm original) {
		Map<String, Object> values = read(original.getPayload());
		String target = canonicalTarget(original);
		for (Addendum earlier : addenda.findBySessionIdOrderByRecordedAtAsc(sessionId)) {
			if (earlier.view().target().equals(target)) {
				Map<String, Object> changes = read(earlier.view().changes());
				changes.forEach((field, change) -> values.put(field, ((Map<?, ?>) change).get("to")));
			}
		}
		return values;
	}

	private Map<String, Object> read(String json) {
		try {
			return objectMapper.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A stored record is not valid JSON", e);
		}
	}

	private String json(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write JSON", e);
		}
	}

}
