package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.compliance.ComplianceProperties;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecorder;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.CancellationRequest;
import org.sojourn.sessions.DeadlineSettings;
import org.sojourn.sessions.SessionDeadlineReached;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The program's deadlines as timers of the session process: each is due at the configured time after its cause, goes
 * when its cause goes, and raises its event exactly once when its job runs. Jobs are driven explicitly (no job
 * executor in tests); the engine's clock is set where a due date follows from the moment a task opens.
 */
@SojournTest
@RecordApplicationEvents
class SessionDeadlineTimerTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionRecorder recorder;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	DeadlineSettings settings;

	@Autowired
	ComplianceProperties compliance;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void initAssertions() {
		AbstractAssertions.init(processEngine);
	}

	@AfterEach
	void resetClockAndAssertions() {
		ClockUtil.reset();
		AbstractAssertions.reset();
	}

	// ---- preparation window ----

	@Test
	void certifiedPreparationSetsTheWindowTimersTheLeadBeforeAndAtTheEndOfTheWindow() {
		Journey journey = journey(false);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		assertThat(journey.instance()).isWaitingAt(SessionProcess.WAIT_FOR_CENTER);

		Instant windowEnd = recorder.session(journey.sessionId())
			.getPreparationSessionAt()
			.plus(compliance.preparationMaxLead());
		assertThat(settings.preparationWindowLead()).isEqualTo(Duration.ofDays(14));
		assertThat(dueOf(timer(journey, SessionProcess.PREPARATION_WINDOW_ENDING)))
			.isEqualTo(windowEnd.minus(settings.preparationWindowLead()).truncatedTo(ChronoUnit.SECONDS));
		assertThat(dueOf(timer(journey, SessionProcess.PREPARATION_WINDOW_LAPSED)))
			.isEqualTo(windowEnd.truncatedTo(ChronoUnit.SECONDS));
		assertThat(journey.instance()).isWaitingAt(SessionProcess.ADMINISTRATION_SCHEDULED_EVENT);
	}

	@Test
	void schedulingTheAdministrationBeforeTheWindowLapsesRemovesBothWindowTimers() {
		Journey journey = journey(true);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_ENDING)).hasSize(1);

		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(2, ChronoUnit.DAYS)));

		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_ENDING)).isEmpty();
		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_LAPSED)).isEmpty();
		assertThat(journey.instance()).hasPassed(SessionProcess.ADMINISTRATION_SCHEDULED_EVENT);
		assertThat(journey.instance()).hasNotPassed(SessionProcess.ANNOUNCE_PREPARATION_WINDOW_ENDING,
				SessionProcess.ANNOUNCE_PREPARATION_WINDOW_LAPSED);
		assertThat(journey.instance()).isWaitingAt("userTask_checkIn");
		assertThat(raised()).isEmpty();
	}

	@Test
	void theWindowEndingTimerRaisesOneEventAndTheLapseStaysDue() {
		Journey journey = journey(false);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));

		managementService.executeJob(timer(journey, SessionProcess.PREPARATION_WINDOW_ENDING).getId());

		assertThat(raised()).containsExactly(
				new SessionDeadlineReached(journey.sessionId(), Deadline.PREPARATION_WINDOW_ENDING, null));
		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_ENDING)).as("fires once").isEmpty();
		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_LAPSED)).hasSize(1);
		assertThat(journey.instance()).isWaitingAt(SessionProcess.WAIT_FOR_CENTER);
	}

	@Test
	void theLapsedWindowRaisesOneEventEndsTheWatchAndTheSessionGoesOn() {
		Journey journey = journey(false);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));

		managementService.executeJob(timer(journey, SessionProcess.PREPARATION_WINDOW_LAPSED).getId());

		assertThat(raised()).containsExactly(
				new SessionDeadlineReached(journey.sessionId(), Deadline.PREPARATION_WINDOW_LAPSED, null));
		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_ENDING)).isEmpty();
		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_LAPSED)).isEmpty();
		assertThat(journey.instance()).hasPassed(SessionProcess.ANNOUNCE_PREPARATION_WINDOW_LAPSED);
		assertThat(journey.instance()).isWaitingAt(SessionProcess.WAIT_FOR_CENTER);
		assertThat(journey.instance()).isNotEnded();
	}

	// ---- administration soon ----

	@Test
	void theAdministrationTimerIsDueTheLeadBeforeTheScheduledTimeAndRaisesOneEvent() {
		Journey journey = journey(true);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(3, ChronoUnit.DAYS)));
		Instant scheduledAt = recorder.session(journey.sessionId()).getAdministrationScheduledAt();

		Job timer = timer(journey, SessionProcess.ADMINISTRATION_SOON);
		assertThat(settings.administrationLead()).isEqualTo(Duration.ofHours(24));
		assertThat(dueOf(timer))
			.isEqualTo(scheduledAt.minus(settings.administrationLead()).truncatedTo(ChronoUnit.SECONDS));

		managementService.executeJob(timer.getId());

		assertThat(raised())
			.containsExactly(new SessionDeadlineReached(journey.sessionId(), Deadline.ADMINISTRATION_SOON, null));
		assertThat(timers(journey, SessionProcess.ADMINISTRATION_SOON)).as("fires once").isEmpty();
		assertThat(journey.instance()).isWaitingAt("userTask_checkIn");
	}

	@Test
	void anAdministrationScheduledNearerThanTheLeadIsAnnouncedAtOnce() {
		Journey journey = journey(true);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		Instant before = Instant.now();
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(2, ChronoUnit.HOURS)));

		assertThat(dueOf(timer(journey, SessionProcess.ADMINISTRATION_SOON))).isBefore(before);
	}

	@Test
	void checkInRemovesTheAdministrationTimer() {
		Journey journey = journey(true);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(3, ChronoUnit.DAYS)));
		assertThat(timers(journey, SessionProcess.ADMINISTRATION_SOON)).hasSize(1);

		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.CHECK_IN,
				SessionFixtures.checkIn());

		assertThat(timers(journey, SessionProcess.ADMINISTRATION_SOON)).isEmpty();
		assertThat(journey.instance()).hasNotPassed(SessionProcess.ANNOUNCE_ADMINISTRATION_SOON);
		assertThat(raised()).isEmpty();
	}

	// ---- forms outstanding ----

	@Test
	void eachPreparationTaskHasItsOwnTimerDueThePeriodAfterItOpenedAndCompletingItRemovesIt() {
		Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
		ClockUtil.setCurrentTime(Date.from(opened));
		Journey journey = journey(true);

		assertThat(settings.formsOutstandingAfter()).isEqualTo(Duration.ofDays(7));
		String firstTimer = SessionProcess.FORM_OUTSTANDING_BY_TASK.get("userTask_recordClientInformation");
		assertThat(dueOf(timer(journey, firstTimer))).isEqualTo(opened.plus(settings.formsOutstandingAfter()));

		Instant next = opened.plus(10, ChronoUnit.MINUTES);
		ClockUtil.setCurrentTime(Date.from(next));
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION,
				SessionFixtures.clearScreening());

		assertThat(timers(journey, firstTimer)).as("removed with its task").isEmpty();
		String secondTimer = SessionProcess.FORM_OUTSTANDING_BY_TASK.get("userTask_signConsents");
		assertThat(dueOf(timer(journey, secondTimer))).isEqualTo(next.plus(settings.formsOutstandingAfter()));
		assertThat(raised()).isEmpty();
	}

	@Test
	void aFormOutstandingRaisesOneEventNamingItsStepAndTheTaskStaysOpen() {
		Journey journey = journey(true);
		fixtures.complete(journey.facilitator(), journey.sessionId(), SessionStep.CLIENT_INFORMATION,
				SessionFixtures.clearScreening());

		managementService.executeJob(
				timer(journey, SessionProcess.FORM_OUTSTANDING_BY_TASK.get("userTask_signConsents")).getId());

		assertThat(raised()).containsExactly(new SessionDeadlineReached(journey.sessionId(),
				Deadline.FORMS_OUTSTANDING, SessionStep.CONSENTS_AND_PLANS));
		assertThat(journey.instance()).hasPassed(SessionProcess.REMIND_OF_OUTSTANDING_FORM);
		assertThat(journey.instance()).isWaitingAt("userTask_signConsents");
		assertThat(managementService.createJobQuery().processInstanceId(journey.instance().getId()).timers().count())
			.as("fires once")
			.isZero();
	}

	// ---- integration overdue, cancellation ----

	@Test
	void theIntegrationTimerAlsoRaisesOneIntegrationOverdueEvent() {
		Journey journey = journey(true);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.administer(journey.administrator(), journey.sessionId());
		assertThat(managementService.createJobQuery().processInstanceId(journey.instance().getId()).timers().count())
			.as("only integration's timer is left")
			.isOne();

		managementService.executeJob(timer(journey, SessionProcess.INTEGRATION_OVERDUE).getId());

		assertThat(raised()).containsExactly(
				new SessionDeadlineReached(journey.sessionId(), Deadline.INTEGRATION_OVERDUE, null));
	}

	@Test
	void cancellationEndsEveryTimerOfTheSession() {
		Journey journey = journey(true);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		fixtures.complete(journey.administrator(), journey.sessionId(), SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(3, ChronoUnit.DAYS)));
		assertThat(timers(journey, SessionProcess.ADMINISTRATION_SOON)).hasSize(1);

		sessions.cancel(journey.facilitator(), journey.sessionId(),
				new CancellationRequest(CancellationRequest.Kind.CANCELLED, "Center closed for the week"));

		assertThat(journey.instance()).isEnded();
		assertThat(managementService.createJobQuery().processInstanceId(journey.instance().getId()).count()).isZero();
	}

	@Test
	void cancellingAWindowThatWaitsForACenterEndsItsTimersToo() {
		Journey journey = journey(false);
		fixtures.prepare(journey.facilitator(), journey.sessionId(), daysAgo(3));
		assertThat(timers(journey, SessionProcess.PREPARATION_WINDOW_LAPSED)).hasSize(1);

		sessions.cancel(journey.facilitator(), journey.sessionId(),
				new CancellationRequest(CancellationRequest.Kind.WITHDRAWN, "Client moved away"));

		assertThat(journey.instance()).isEnded();
		assertThat(managementService.createJobQuery().processInstanceId(journey.instance().getId()).count()).isZero();
	}

	// ---- helpers ----

	private record Journey(CurrentUser facilitator, CurrentUser administrator, UUID sessionId,
			ProcessInstance instance) {
	}

	private Journey journey(boolean withCenter) {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = withCenter ? fixtures.center() : null;
		CurrentUser administrator = withCenter ? fixtures.administratorOf(center) : null;
		UUID sessionId = fixtures.session(facilitator, center);
		ProcessInstance instance = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(SessionProcess.PROCESS_KEY)
			.processInstanceBusinessKey(sessionId.toString())
			.singleResult();
		return new Journey(facilitator, administrator, sessionId, instance);
	}

	private List<Job> timers(Journey journey, String activityId) {
		return managementService.createJobQuery()
			.processInstanceId(journey.instance().getId())
			.activityId(activityId)
			.timers()
			.list();
	}

	private Job timer(Journey journey, String activityId) {
		List<Job> found = timers(journey, activityId);
		assertThat(found).as("timer %s", activityId).hasSize(1);
		return found.get(0);
	}

	private static Instant dueOf(Job job) {
		// The database may keep the due date to the second only.
		return job.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS);
	}

	private List<SessionDeadlineReached> raised() {
		return events.stream(SessionDeadlineReached.class).toList();
	}

	private static Instant daysAgo(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS);
	}

}
