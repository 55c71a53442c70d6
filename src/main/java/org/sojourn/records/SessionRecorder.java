package org.sojourn.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.compliance.ScreeningResult;
import org.sojourn.compliance.ScreeningTable;
import org.sojourn.forms.FormData;
import org.sojourn.forms.FormFields;
import org.sojourn.forms.FormSchemas;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionChanged;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionRepository;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain code behind every completed task: validates the form against its schema and the program's rules,
 * writes it to the session record and tells the process how to route on. Any refusal throws before anything is
 * written, and the caller's transaction (the engine's) rolls back with it, so the task stays open.
 */
@Service
public class SessionRecorder {

	/** Screening questions of the client information form, answered yes or no. */
	static final List<String> SCREENING_QUESTIONS = List.of(FormFields.ClientInformation.CLIENT_IS21_OR_OLDER, FormFields.ClientInformation.LITHIUM_LAST30_DAYS,
			FormFields.ClientInformation.CURRENT_THOUGHTS_OF_HARM, FormFields.ClientInformation.ACTIVE_PSYCHOSIS, FormFields.ClientInformation.CURRENT_TREATMENT, FormFields.ClientInformation.MEDICATIONS_DURING_SESSION,
			FormFields.ClientInformation.HISTORY_OF_HARM, FormFields.ClientInformation.MUSHROOM_ALLERGY, FormFields.ClientInformation.NEEDS_INTERPRETER, FormFields.ClientInformation.NEEDS_SUPPORT_PERSON);

	private final SessionRepository sessions;

	private final SubmittedFormRepository forms;

	private final AdministrationRecordRepository administrations;

	private final DenialRepository denials;

	private final FormSchemas schemas;

	private final ScreeningTable screening;

	private final StepRules rules;

	private final ObjectMapper objectMapper;

	private final ZoneId zone;

	private final ApplicationEventPublisher events;

	private final GroupAdministrationLink groups;

	SessionRecorder(SessionRepository sessions, SubmittedFormRepository forms,
			AdministrationRecordRepository administrations, DenialRepository denials, FormSchemas schemas, ScreeningTable screening,
			StepRules rules, ObjectMapper objectMapper,
			@Value("${sojourn.time-zone}") ZoneId zone, ApplicationEventPublisher events, GroupAdministrationLink groups) {
		this.events = events;
		this.groups = groups;
		this.sessions = sessions;
		this.forms = forms;
		this.administrations = administrations;
		this.denials = denials;
		this.schemas = schemas;
		this.screening = screening;
		this.rules = rules;
		this.objectMapper = objectMapper;
		this.zone = zone;
	}

	@Transactional
	public StepOutcome record(StepCompletion completion) {
		Session session = sessions.findById(completion.sessionId())
			.orElseThrow(() -> SessionNotFound.forId(completion.sessionId()));
		if (!session.isOpen()) {
			throw ComplianceViolation.of("session-closed", null,
					"This session is %s; nothing more can be recorded.".formatted(
							session.getStatus().name().toLowerCase()));
		}
		FormData form = schemas.forForm(completion.formId()).validate(completion.submitted(), zone);
		StepOutcome outcome = apply(session, completion.step(), form, completion.actor());
		forms.save(new SubmittedForm(session.getId(), completion.step(), completion.formId(),
				completion.formVersion(), json(form), completion.actor()));
		events.publishEvent(new SessionChanged(session.getId(), SessionChanged.Kind.FORM_SUBMITTED, "form %s submitted".formatted(completion.step()),
				completion.actor()));
		return outcome;
	}

	@Transactional(readOnly = true)
	public Session session(UUID sessionId) {
		return sessions.findById(sessionId).orElseThrow(() -> SessionNotFound.forId(sessionId));
	}

	/** The process entered a phase. */
	@Transactional
	public void phaseEntered(UUID sessionId, SessionPhase phase) {
		sessions.findById(sessionId).orElseThrow(() -> SessionNotFound.forId(sessionId)).enter(phase);
	}

	/**
	 * The session's dates that later rules and lists read (the preparation for the scheduling gate, the scheduled
	 * administration for the center's upcoming list), taken from a step's form when it is submitted and again when an
	 * addendum corrects it.
	 */
	void keepDates(Session session, SessionStep step, FormData form) {
		switch (step) {
			case PREPARATION_CERTIFICATION ->
				session.preparationCertified(form.instant(FormFields.PreparationCertification.PREPARATION_SESSION_AT));
			case SCHEDULE_ADMINISTRATION ->
				session.administrationScheduled(form.instant(FormFields.ScheduleAdministration.ADMINISTRATION_SCHEDULED_AT),
						form.text(FormFields.ScheduleAdministration.ROOM));
			default -> {
			}
		}
	}

	private StepOutcome apply(Session session, SessionStep step, FormData form, String actor) {
		rules.check(session, step, form);
		return switch (step) {
			case CLIENT_INFORMATION -> screen(session, form, actor);
			case SCREENING_REVIEW -> review(session, form, actor);
			case PREPARATION_CERTIFICATION, SCHEDULE_ADMINISTRATION -> {
				keepDates(session, step, form);
				yield StepOutcome.NONE;
			}
			case CHECK_IN -> {
				session.productConsumed(Instant.now());
				yield StepOutcome.NONE;
			}
			case ADMINISTRATION_RECORD -> {
				administrations.save(new AdministrationRecord(session.getId(), form, actor));
				if (form.checked(FormFields.AdministrationRecord.ADVERSE_REACTION_OCCURRED)) {
					events.publishEvent(new AdverseReactionRecorded(session.getId(), actor));
				}
				groups.administrationRecorded(session.getId());
				yield StepOutcome.NONE;
			}
			case PRODUCT_AND_WASTE -> {
				groups.productAndWasteRecorded(session.getId());
				yield StepOutcome.NONE;
			}
			case INTEGRATION_OFFER -> StepOutcome.integrationOffer("accepted".equals(form.text(FormFields.IntegrationOffer.INTEGRATION_RESPONSE)));
			case INTEGRATION_SESSION -> StepOutcome.integrationSession(form.yes(FormFields.IntegrationSession.ANOTHER_INTEGRATION_SESSION_PLANNED));
			case COMPLETION_CERTIFICATION -> {
				session.close(SessionStatus.COMPLETED, null);
				yield StepOutcome.NONE;
			}
			case CONSENTS_AND_PLANS, DOSE_ESTIMATE -> StepOutcome.NONE;
		};
	}

	private StepOutcome screen(Session session, FormData form, String actor) {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		SCREENING_QUESTIONS.forEach(question -> answers.put(question, form.yes(question)));
		ScreeningResult result = screening.evaluate(answers);
		String reasons = result.outcome() == ScreeningResult.Outcome.CLEAR ? null : result.decisiveReasons();
		session.screened(result.outcome().name(), reasons);
		if (result.outcome() == ScreeningResult.Outcome.HARD_STOP) {
			session.close(SessionStatus.DENIED, "Screening: " + reasons);
			denials.save(new Denial(session.getId(), DenialCode.SCREENING_HARD_STOP, reasons, actor));
		}
		return StepOutcome.screening(result.outcome().name());
	}

	private StepOutcome review(Session session, FormData form, String actor) {
		boolean proceed = "proceed".equals(form.text(FormFields.ScreeningReview.REVIEW_DECISION));
		if (!proceed) {
			String rationale = form.text(FormFields.ScreeningReview.REVIEW_RATIONALE);
			session.close(SessionStatus.DENIED, "Facilitator review: " + rationale);
			denials.save(new Denial(session.getId(), DenialCode.FACILITATOR_JUDGEMENT, rationale, actor));
		}
		return StepOutcome.review(proceed);
	}

	private String json(FormData form) {
		try {
			return objectMapper.writeValueAsString(form.values());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write form data as JSON", e);
		}
	}

}
