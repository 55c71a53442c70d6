package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.forms.FormDataInvalid;
import org.sojourn.forms.FormFields;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecorder;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.CancellationRequest;
import org.sojourn.sessions.IntegrationReminders;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * One test per path through the session process, driven the way people drive it: every task is completed through
 * Sojourn's task service as the facilitator or a center administrator, so the completion listener, the rules and the
 * session record take part exactly as in production.
 */
@SojournTest
class SessionProcessTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionRecords records;

	@Autowired
	SessionTasks sessionTasks;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IntegrationReminders reminders;

	@Autowired
	SessionRecorder recorder;

	@Value("${sojourn.integration.reminder-after}")
	Duration reminderAfter;

	@BeforeEach
	void initAssertions() {
		AbstractAssertions.init(processEngine);
	}

	@AfterEach
	void resetAssertions() {
		AbstractAssertions.reset();
	}

	@Test
	void aSessionRunsFromPreparationThroughAdministrationAndIntegrationToCompletion() {
		Journey journey = journeyWithCenter();
		ProcessInstance instance = journey.instance();

		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		assertThat(instance).isWaitingAt("userTask_scheduleAdministration");
		assertThat(instance).task().hasCandidateGroup(ServiceCenter.administratorsGroup(journey.center().getId()));

		administer(journey, SessionFixtures.administration(20, null, 300));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.PRODUCT_AND_WASTE,
				SessionFixtures.productAndWaste());
		assertThat(instance).isWaitingAt("userTask_offerIntegration");
		assertThat(instance).task().isAssignedTo(journey.facilitator().username());

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.INTEGRATION_OFFER,
				SessionFixtures.integrationOffer(true));
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.INTEGRATION_SESSION,
				SessionFixtures.integrationSession(false));
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.COMPLETION_CERTIFICATION,
				SessionFixtures.completionCertified());

		assertThat(instance).hasPassedInOrder("startEvent_sessionCreated", "userTask_recordClientInformation",
				"userTask_signConsents", "userTask_agreeDoseEstimate", "userTask_certifyPreparation",
				"userTask_scheduleAdministration", "userTask_checkIn", "userTask_recordAdministration",
				"userTask_recordProductAndWaste", "userTask_offerIntegration", "userTask_recordIntegrationSession",
				"userTask_certifyCompletion", "endEvent_sessionCompleted");
		assertThat(instance).hasNotPassed("userTask_reviewScreening", "intermediateCatchEvent_centerAssociated",
				"endEvent_sessionDenied", "endEvent_sessionCancelled");
		assertThat(instance).isEnded();
		assertThat(endActivityOf(instance)).isEqualTo("endEvent_sessionCompleted");

		RecordViews.Record record = records.record(journey.facilitator(), journey.sessionId());
		assertThat(record.session().status()).isEqualTo(SessionStatus.COMPLETED);
		assertThat(record.session().phase()).isEqualTo(SessionPhase.CLOSED);
		assertThat(record.session().closedAt()).isNotNull();
		assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();

		Set<SessionStep> facilitatorSteps = EnumSet.of(SessionStep.CLIENT_INFORMATION,
				SessionStep.CONSENTS_AND_PLANS, SessionStep.DOSE_ESTIMATE, SessionStep.PREPARATION_CERTIFICATION,
				SessionStep.INTEGRATION_OFFER, SessionStep.INTEGRATION_SESSION, SessionStep.COMPLETION_CERTIFICATION);
		assertThat(record.forms()).hasSize(11);
		assertThat(record.forms()).extracting(RecordViews.Form::step)
			.containsExactlyInAnyOrder(SessionStep.CLIENT_INFORMATION, SessionStep.CONSENTS_AND_PLANS,
					SessionStep.DOSE_ESTIMATE, SessionStep.PREPARATION_CERTIFICATION,
					SessionStep.SCHEDULE_ADMINISTRATION, SessionStep.CHECK_IN, SessionStep.ADMINISTRATION_RECORD,
					SessionStep.PRODUCT_AND_WASTE, SessionStep.INTEGRATION_OFFER, SessionStep.INTEGRATION_SESSION,
					SessionStep.COMPLETION_CERTIFICATION);
		assertThat(record.forms()).allSatisfy(form -> {
			String expectedActor = facilitatorSteps.contains(form.step()) ? journey.facilitator().username()
					: journey.administrator().username();
			assertThat(form.submittedBy()).as("submitter of %s", form.step()).isEqualTo(expectedActor);
			assertThat(form.submittedAt()).as("submission time of %s", form.step()).isNotNull();
			assertThat(form.answers()).as("answers of %s", form.step()).isNotBlank();
		});

		assertThat(record.administration()).isNotNull();
		assertThat(record.administration().initialDoseMg()).isEqualByComparingTo(new BigDecimal("20"));
		assertThat(record.administration().secondaryDoseMg()).isNull();
		assertThat(record.administration().productId()).isEqualTo("LOT-42");
		assertThat(record.administration().recordedBy()).isEqualTo(journey.administrator().username());
	}

	@Test
	void aHardStopInScreeningDeniesTheSessionWithTheReason() {
		Journey journey = journeyWithCenter();
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("lithiumLast30Days", "yes");

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION, screening);

		assertThat(journey.instance()).hasPassedInOrder("userTask_recordClientInformation",
				"endEvent_screeningHardStop", "endEvent_sessionDenied");
		assertThat(journey.instance()).hasNotPassed("userTask_reviewScreening", "userTask_signConsents");
		assertThat(journey.instance()).isEnded();
		assertThat(endActivityOf(journey.instance())).isEqualTo("endEvent_sessionDenied");
		RecordViews.Record record = records.record(journey.facilitator(), journey.sessionId());
		assertThat(record.session().status()).isEqualTo(SessionStatus.DENIED);
		assertThat(record.session().phase()).isEqualTo(SessionPhase.CLOSED);
		assertThat(record.screeningOutcome()).isEqualTo("HARD_STOP");
		assertThat(record.closeReason()).containsIgnoringCase("lithium");
		assertThat(record.forms()).extracting(RecordViews.Form::step)
			.containsExactly(SessionStep.CLIENT_INFORMATION);
	}

	@Test
	void aReviewItemWaitsForTheFacilitatorsDecisionAndProceedsWhenTheyAllowIt() {
		Journey journey = journeyWithCenter();
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("currentTreatment", "yes");

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION, screening);

		assertThat(journey.instance()).isWaitingAt("userTask_reviewScreening");
		assertThat(journey.instance()).task().isAssignedTo(journey.facilitator().username());
		RecordViews.Record underReview = records.record(journey.facilitator(), journey.sessionId());
		assertThat(underReview.screeningOutcome()).isEqualTo("REVIEW");
		assertThat(underReview.screeningReasons()).containsIgnoringCase("treated");
		assertThat(underReview.session().status()).isEqualTo(SessionStatus.ACTIVE);

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.SCREENING_REVIEW,
				Map.of("reviewDecision", "proceed", "reviewRationale",
						"Treating clinician confirmed the treatment does not interact with psilocybin."));

		assertThat(journey.instance()).hasPassedInOrder("userTask_recordClientInformation",
				"userTask_reviewScreening");
		assertThat(journey.instance()).isWaitingAt("userTask_signConsents");
		assertThat(records.record(journey.facilitator(), journey.sessionId()).session().status())
			.isEqualTo(SessionStatus.ACTIVE);
	}

	@Test
	void aReviewDecisionToDenyEndsTheSessionDeniedWithTheRationale() {
		Journey journey = journeyWithCenter();
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("currentTreatment", "yes");
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION, screening);
		String rationale = "Treating clinician advises against services at this time.";

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.SCREENING_REVIEW,
				Map.of("reviewDecision", "deny", "reviewRationale", rationale));

		assertThat(journey.instance()).hasPassedInOrder("userTask_reviewScreening", "endEvent_deniedOnReview",
				"endEvent_sessionDenied");
		assertThat(journey.instance()).hasNotPassed("userTask_signConsents");
		assertThat(journey.instance()).isEnded();
		assertThat(endActivityOf(journey.instance())).isEqualTo("endEvent_sessionDenied");
		RecordViews.Record record = records.record(journey.facilitator(), journey.sessionId());
		assertThat(record.session().status()).isEqualTo(SessionStatus.DENIED);
		assertThat(record.closeReason()).contains(rationale);
	}

	@Test
	void aSessionWithoutACenterWaitsAfterPreparationUntilOneIsAssociated() {
		Journey journey = journeyWithoutCenter();

		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));

		assertThat(journey.instance()).isWaitingAt("intermediateCatchEvent_centerAssociated");
		assertThat(journey.instance()).hasPassed("userTask_certifyPreparation");
		assertThat(journey.instance()).hasNotPassed("userTask_scheduleAdministration");
		RecordViews.Record waiting = records.record(journey.facilitator(), journey.sessionId());
		assertThat(waiting.waitingForCenter()).isTrue();
		assertThat(waiting.session().needsCenter()).isTrue();
		assertThat(waiting.openTasks()).isEmpty();

		ServiceCenter center = fixtures.center();
		fixtures.enroll(journey.facilitator(), center);
		sessions.associateCenter(journey.facilitator(), journey.sessionId(), center.getId());

		assertThat(journey.instance()).hasPassedInOrder("userTask_certifyPreparation",
				"intermediateCatchEvent_centerAssociated");
		assertThat(journey.instance()).isWaitingAt("userTask_scheduleAdministration");
		assertThat(journey.instance()).task().hasCandidateGroup(ServiceCenter.administratorsGroup(center.getId()));
		RecordViews.Record associated = records.record(journey.facilitator(), journey.sessionId());
		assertThat(associated.waitingForCenter()).isFalse();
		assertThat(associated.session().needsCenter()).isFalse();
		assertThat(associated.session().centerId()).isEqualTo(center.getId());
		assertThat(associated.session().phase()).isEqualTo(SessionPhase.ADMINISTRATION);
	}

	@Test
	void aCenterAssociatedDuringPreparationReceivesTheAdministrationTasksWithoutAWait() {
		Journey journey = journeyWithoutCenter();
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION,
				SessionFixtures.clearScreening());
		ServiceCenter center = fixtures.center();
		fixtures.enroll(journey.facilitator(), center);

		sessions.associateCenter(journey.facilitator(), journey.sessionId(), center.getId());
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CONSENTS_AND_PLANS,
				SessionFixtures.consents());
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.DOSE_ESTIMATE,
				SessionFixtures.doseEstimate());
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.PREPARATION_CERTIFICATION,
				SessionFixtures.preparationCertified(daysAgo(3)));

		assertThat(journey.instance()).isWaitingAt("userTask_scheduleAdministration");
		assertThat(journey.instance()).hasNotPassed("intermediateCatchEvent_centerAssociated");
		assertThat(journey.instance()).task().hasCandidateGroup(ServiceCenter.administratorsGroup(center.getId()));
		CurrentUser administrator = fixtures.administratorOf(center);
		fixtures.complete(administrator, journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(daysAgo(1)));
		assertThat(journey.instance()).isWaitingAt("userTask_checkIn");
	}

	@Test
	void aDoseOverTheCapIsRefusedAndTheTaskStaysOpen() {
		Journey journey = journeyWithCenter();
		prepareScheduleAndCheckIn(journey);

		assertThatThrownBy(() -> fixtures.complete(journey.administrator(), journey.sessionId(),
				SessionStep.ADMINISTRATION_RECORD, SessionFixtures.administration(40, 15.0, 360)))
			.isInstanceOfSatisfying(ComplianceViolation.class, e -> assertThat(e.rule()).isEqualTo("dose-cap"))
			.hasMessageContaining("50 mg");

		assertThat(journey.instance()).isWaitingAt("userTask_recordAdministration");
		assertThat(journey.instance()).hasNotPassed("userTask_recordAdministration");
		assertNothingAdministeredIsRecorded(journey);
	}

	@Test
	void aSessionTooShortForItsDoseIsRefusedAndALongEnoughOneIsAccepted() {
		Journey journey = journeyWithCenter();
		prepareScheduleAndCheckIn(journey);

		assertThatThrownBy(() -> fixtures.complete(journey.administrator(), journey.sessionId(),
				SessionStep.ADMINISTRATION_RECORD, SessionFixtures.administration(20, null, 120)))
			.isInstanceOfSatisfying(ComplianceViolation.class,
					e -> assertThat(e.rule()).isEqualTo("minimum-duration"));
		assertThat(journey.instance()).isWaitingAt("userTask_recordAdministration");
		assertNothingAdministeredIsRecorded(journey);

		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 240));

		assertThat(journey.instance()).hasPassed("userTask_recordAdministration");
		assertThat(journey.instance()).isWaitingAt("userTask_recordProductAndWaste");
		RecordViews.Record record = records.record(journey.administrator(), journey.sessionId());
		assertThat(record.administration()).isNotNull();
		assertThat(record.administration().initialDoseMg()).isEqualByComparingTo(new BigDecimal("20"));
		assertThat(record.forms()).extracting(RecordViews.Form::step)
			.containsOnlyOnce(SessionStep.ADMINISTRATION_RECORD);
	}

	@Test
	void aSessionCancelledBeforeConsumptionEndsWithdrawn() {
		Journey journey = journeyWithCenter();
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		assertThat(journey.instance()).isWaitingAt("userTask_scheduleAdministration");

		sessions.cancel(journey.facilitator(), journey.sessionId(),
				new CancellationRequest(CancellationRequest.Kind.WITHDRAWN, "Client changed their mind"));

		assertThat(journey.instance()).hasPassed("endEvent_sessionCancelled");
		assertThat(journey.instance()).hasNotPassed("userTask_checkIn", "endEvent_sessionCompleted");
		assertThat(journey.instance()).isEnded();
		assertThat(taskService.createTaskQuery().processInstanceId(journey.instance().getId()).count()).isZero();
		RecordViews.Record record = records.record(journey.facilitator(), journey.sessionId());
		assertThat(record.session().status()).isEqualTo(SessionStatus.WITHDRAWN);
		assertThat(record.session().phase()).isEqualTo(SessionPhase.CLOSED);
		assertThat(record.closeReason()).isEqualTo("Client changed their mind");
	}

	@Test
	void aSessionCannotBeCancelledOnceTheClientConsumedProduct() {
		Journey journey = journeyWithCenter();
		prepareScheduleAndCheckIn(journey);

		assertThatThrownBy(() -> sessions.cancel(journey.facilitator(), journey.sessionId(),
				new CancellationRequest(CancellationRequest.Kind.CANCELLED, "Facilitator unavailable")))
			.isInstanceOfSatisfying(ComplianceViolation.class, e -> assertThat(e.rule()).isEqualTo("consumed"));

		assertThat(journey.instance()).isWaitingAt("userTask_recordAdministration");
		assertThat(journey.instance()).hasNotPassed("endEvent_sessionCancelled");
		RecordViews.Record record = records.record(journey.facilitator(), journey.sessionId());
		assertThat(record.session().status()).isEqualTo(SessionStatus.ACTIVE);
		assertThat(record.closeReason()).isNull();
	}

	@Test
	void aDeclinedIntegrationGoesStraightToCertifyingCompletion() {
		Journey journey = journeyWithCenter();
		prepareScheduleAndCheckIn(journey);
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 300));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.PRODUCT_AND_WASTE,
				SessionFixtures.productAndWaste());

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.INTEGRATION_OFFER,
				SessionFixtures.integrationOffer(false));
		assertThat(journey.instance()).isWaitingAt("userTask_certifyCompletion");
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.COMPLETION_CERTIFICATION,
				SessionFixtures.completionCertified());

		assertThat(journey.instance()).hasPassedInOrder("userTask_offerIntegration", "userTask_certifyCompletion",
				"endEvent_sessionCompleted");
		assertThat(journey.instance()).hasNotPassed("userTask_recordIntegrationSession");
		assertThat(journey.instance()).isEnded();
		assertThat(endActivityOf(journey.instance())).isEqualTo("endEvent_sessionCompleted");
		assertThat(records.record(journey.facilitator(), journey.sessionId()).session().status())
			.isEqualTo(SessionStatus.COMPLETED);
	}

	@Test
	void integrationStillOpenWhenTheTimerFiresRemindsTheFacilitatorAndTheTaskStaysOpenUntilCompletion() {
		Journey journey = journeyWithCenter();
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.administer(journey.administrator(), journey.sessionId());
		assertThat(journey.instance()).isWaitingAt("userTask_offerIntegration");

		managementService.executeJob(integrationTimerOf(journey.instance()).getId());

		assertThat(journey.instance()).hasPassedInOrder(SessionProcess.INTEGRATION_OVERDUE,
				SessionProcess.REMIND_OF_OPEN_INTEGRATION, "endEvent_reminded");
		assertThat(journey.instance()).isWaitingAt("userTask_offerIntegration");
		assertThat(journey.instance()).task().isAssignedTo(journey.facilitator().username());
		assertThat(recorder.session(journey.sessionId()).getIntegrationRemindedAt()).isNotNull();
		assertThat(reminders.overdueFor(journey.facilitator())).singleElement()
			.satisfies(overdue -> assertThat(overdue.sessionId()).isEqualTo(journey.sessionId()));
		assertThat(timersOf(journey.instance())).as("one reminder, not a repeating one").isZero();

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.INTEGRATION_OFFER,
				SessionFixtures.integrationOffer(true));
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.INTEGRATION_SESSION,
				SessionFixtures.integrationSession(false));
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.COMPLETION_CERTIFICATION,
				SessionFixtures.completionCertified());

		assertThat(journey.instance()).isEnded();
		assertThat(endActivityOf(journey.instance())).isEqualTo("endEvent_sessionCompleted");
		assertThat(records.record(journey.facilitator(), journey.sessionId()).session().status())
			.isEqualTo(SessionStatus.COMPLETED);
		assertThat(reminders.overdueFor(journey.facilitator())).as("no reminder once integration closed").isEmpty();
	}

	@Test
	void integrationCompletedBeforeTheTimerTakesTheTimerWithIt() {
		Journey journey = journeyWithCenter();
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.administer(journey.administrator(), journey.sessionId());
		assertThat(timersOf(journey.instance())).isOne();

		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.INTEGRATION_OFFER,
				SessionFixtures.integrationOffer(false));
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.COMPLETION_CERTIFICATION,
				SessionFixtures.completionCertified());

		assertThat(journey.instance()).isEnded();
		assertThat(journey.instance()).hasNotPassed(SessionProcess.REMIND_OF_OPEN_INTEGRATION, "endEvent_reminded");
		assertThat(managementService.createJobQuery().processInstanceId(journey.instance().getId()).count())
			.as("jobs left behind")
			.isZero();
		assertThat(recorder.session(journey.sessionId()).getIntegrationRemindedAt()).isNull();
	}

	@Test
	void theTimerIsDueTheConfiguredPeriodAfterIntegrationBegins() {
		Journey journey = journeyWithCenter();
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(daysAgo(1)));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.CHECK_IN,
				SessionFixtures.checkIn());
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 300));
		assertThat(timersOf(journey.instance())).as("no timer before integration").isZero();

		Instant before = Instant.now();
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.PRODUCT_AND_WASTE,
				SessionFixtures.productAndWaste());
		Instant after = Instant.now();

		assertThat(reminderAfter).isPositive();
		Instant due = integrationTimerOf(journey.instance()).getDuedate().toInstant();
		// The database may keep the due date to the second only.
		assertThat(due).isBetween(before.plus(reminderAfter).minusSeconds(1), after.plus(reminderAfter));
	}

	@Test
	void formDataThatDoesNotSatisfyTheFormIsRefusedAndTheTaskStaysOpen() {
		Journey journey = journeyWithCenter();
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION,
				SessionFixtures.clearScreening());
		Map<String, Object> consents = SessionFixtures.consents();
		consents.put("billOfRightsAcknowledged", false);

		assertThatThrownBy(() -> fixtures.complete(journey.facilitator(), journey.sessionId(),
				SessionStep.CONSENTS_AND_PLANS, consents))
			.isInstanceOfSatisfying(FormDataInvalid.class,
					e -> assertThat(e.field()).isEqualTo("billOfRightsAcknowledged"));

		assertThat(journey.instance()).isWaitingAt("userTask_signConsents");
		assertThat(records.record(journey.facilitator(), journey.sessionId()).forms())
			.extracting(RecordViews.Form::step)
			.containsExactly(SessionStep.CLIENT_INFORMATION);
	}

	@Test
	void anotherFacilitatorCannotCompleteTheSessionsTask() {
		Journey journey = journeyWithCenter();
		String taskId = fixtures.openTask(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION)
			.id();
		CurrentUser stranger = fixtures.facilitator();

		assertThatThrownBy(() -> sessionTasks.complete(stranger, taskId, SessionFixtures.clearScreening()))
			.isInstanceOf(SessionNotFound.class);

		assertThat(journey.instance()).isWaitingAt("userTask_recordClientInformation");
		assertThat(records.record(journey.facilitator(), journey.sessionId()).forms()).isEmpty();
	}

	@Test
	void anAdministratorOfAnotherCenterCannotCompleteTheCentersTask() {
		Journey journey = journeyWithCenter();
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		String taskId = fixtures
			.openTask(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION)
			.id();
		CurrentUser otherAdministrator = fixtures.administratorOf(fixtures.center());

		assertThatThrownBy(
				() -> sessionTasks.complete(otherAdministrator, taskId, SessionFixtures.schedule(daysAgo(1))))
			.isInstanceOf(SessionNotFound.class);

		assertThat(journey.instance()).isWaitingAt("userTask_scheduleAdministration");
		assertThat(records.record(journey.facilitator(), journey.sessionId()).session().administrationScheduledAt())
			.isNull();
	}

	@Test
	void theFormValuesOfACompletedTaskDoNotStayInTheEngine() {
		Journey journey = journeyWithCenter();
		prepareScheduleAndCheckIn(journey);

		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 300));

		assertThat(journey.instance()).isWaitingAt("userTask_recordProductAndWaste");
		Set<String> formKeys = FormFields.BY_FORM_ID.get("form_administrationRecord");
		assertThat(formKeys).contains("initialDoseMg");
		assertThat(runtimeService.getVariables(journey.instance().getId()).keySet())
			.contains(SessionProcess.Variables.FACILITATOR)
			.doesNotContainAnyElementsOf(formKeys);
		assertThat(runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(journey.instance().getId())
			.list()).extracting(VariableInstance::getName).doesNotContainAnyElementsOf(formKeys);
		assertThat(historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(journey.instance().getId())
			.taskDefinitionKey("userTask_recordAdministration")
			.finished()
			.count()).as("history records who did what").isOne();
		assertThat(historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(journey.instance().getId())
			.list()).isEmpty();
		assertThat(historyService.createHistoricDetailQuery().processInstanceId(journey.instance().getId()).list())
			.isEmpty();
	}

	// ---- helpers ----

	private record Journey(CurrentUser facilitator, ServiceCenter center, CurrentUser administrator, UUID sessionId,
			ProcessInstance instance) {
	}

	private Journey journeyWithCenter() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID sessionId = fixtures.session(facilitator, center);
		return new Journey(facilitator, center, administrator, sessionId, runningInstanceOf(sessionId));
	}

	private Journey journeyWithoutCenter() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID sessionId = fixtures.session(facilitator, null);
		return new Journey(facilitator, null, null, sessionId, runningInstanceOf(sessionId));
	}

	private ProcessInstance runningInstanceOf(UUID sessionId) {
		ProcessInstance instance = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(SessionProcess.PROCESS_KEY)
			.processInstanceBusinessKey(sessionId.toString())
			.singleResult();
		assertThat(instance).as("process instance of session %s", sessionId).isNotNull();
		assertThat(instance).isWaitingAt("userTask_recordClientInformation");
		return instance;
	}

	private void prepareScheduleAndCheckIn(Journey journey) {
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(daysAgo(1)));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.CHECK_IN,
				SessionFixtures.checkIn());
		assertThat(journey.instance()).isWaitingAt("userTask_recordAdministration");
	}

	private void administer(Journey journey, Map<String, Object> administration) {
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(daysAgo(1)));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.CHECK_IN,
				SessionFixtures.checkIn());
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.ADMINISTRATION_RECORD,
				administration);
	}

	private Job integrationTimerOf(ProcessInstance instance) {
		Job timer = managementService.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(SessionProcess.INTEGRATION_OVERDUE)
			.timers()
			.singleResult();
		assertThat(timer).as("integration timer of instance %s", instance.getId()).isNotNull();
		return timer;
	}

	private long timersOf(ProcessInstance instance) {
		return managementService.createJobQuery().processInstanceId(instance.getId()).timers().count();
	}

	private void assertNothingAdministeredIsRecorded(Journey journey) {
		RecordViews.Record record = records.record(journey.administrator(), journey.sessionId());
		assertThat(record.administration()).isNull();
		assertThat(record.forms()).extracting(RecordViews.Form::step)
			.doesNotContain(SessionStep.ADMINISTRATION_RECORD);
		assertThat(record.session().status()).isEqualTo(SessionStatus.ACTIVE);
	}

	private String endActivityOf(ProcessInstance instance) {
		HistoricProcessInstance historic = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		assertThat(historic.getEndTime()).as("end time of the instance").isNotNull();
		return historic.getEndActivityId();
	}

	private static Instant daysAgo(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS);
	}

}
