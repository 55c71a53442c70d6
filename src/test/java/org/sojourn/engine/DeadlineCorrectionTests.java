package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.compliance.ComplianceProperties;
import org.sojourn.forms.FormFields;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.AddendumRequest;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.DeadlineSettings;
import org.sojourn.sessions.SessionDeadlineReached;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Timers follow the record: an addendum that corrects the scheduled administration or the preparation session's
 * time moves the timers that were set from the old date, so that none is due at the old time and each fires once at
 * the new one. Jobs are driven explicitly; the engine's clock stands in for time passing.
 */
@SojournTest
@RecordApplicationEvents
class DeadlineCorrectionTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	SessionRecordEntries entries;

	@Autowired
	SessionRecords records;

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

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aCorrectedScheduledTimeMovesTheAdministrationNoticeWhichDoesNotFireAtTheOldTime() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, daysAgo(3));
		Instant scheduled = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		fixtures.complete(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(scheduled));
		Instant oldDue = dueOf(timer(session, SessionProcess.ADMINISTRATION_SOON));
		assertThat(oldDue).isEqualTo(scheduled.minus(settings.administrationLead()));

		Instant corrected = scheduled.plus(2, ChronoUnit.DAYS);
		entries.addAddendum(administrator, session, new AddendumRequest(formOf(facilitator, session,
				SessionStep.SCHEDULE_ADMINISTRATION), "The client asked for a later day.",
				Map.of(FormFields.ScheduleAdministration.ADMINISTRATION_SCHEDULED_AT, corrected.toString())));

		Job moved = timer(session, SessionProcess.ADMINISTRATION_SOON);
		assertThat(dueOf(moved)).isEqualTo(corrected.minus(settings.administrationLead()));
		assertThat(dueBy(session, oldDue.plus(1, ChronoUnit.HOURS))).as("nothing due at the old time").isEmpty();
		assertThat(dueBy(session, corrected.minus(settings.administrationLead()).plusSeconds(1)))
			.extracting(Job::getId)
			.containsExactly(moved.getId());

		ClockUtil.setCurrentTime(Date.from(corrected.minus(settings.administrationLead())));
		managementService.executeJob(moved.getId());

		assertThat(events.stream(SessionDeadlineReached.class))
			.containsExactly(new SessionDeadlineReached(session, Deadline.ADMINISTRATION_SOON, null));
		assertThat(timers(session, SessionProcess.ADMINISTRATION_SOON)).as("fired once").isEmpty();
	}

	@Test
	void aCorrectedPreparationTimeMovesBothTimersOfTheWindow() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Instant prepared = daysAgo(10).truncatedTo(ChronoUnit.MINUTES);
		fixtures.prepare(facilitator, session, prepared);
		Instant oldEnd = prepared.plus(compliance.preparationMaxLead());
		assertThat(dueOf(timer(session, SessionProcess.PREPARATION_WINDOW_LAPSED))).isEqualTo(oldEnd);

		Instant corrected = daysAgo(4).truncatedTo(ChronoUnit.MINUTES);
		entries.addAddendum(facilitator, session, new AddendumRequest(formOf(facilitator, session,
				SessionStep.PREPARATION_CERTIFICATION), "The preparation session was held later than written.",
				Map.of(FormFields.PreparationCertification.PREPARATION_SESSION_AT, corrected.toString())));

		Instant newEnd = corrected.plus(compliance.preparationMaxLead());
		assertThat(dueOf(timer(session, SessionProcess.PREPARATION_WINDOW_ENDING)))
			.isEqualTo(newEnd.minus(settings.preparationWindowLead()));
		assertThat(dueOf(timer(session, SessionProcess.PREPARATION_WINDOW_LAPSED))).isEqualTo(newEnd);
		assertThat(dueBy(session, oldEnd.plus(1, ChronoUnit.HOURS))).as("the window did not lapse at the old end")
			.extracting(Job::getId)
			.containsExactly(timer(session, SessionProcess.PREPARATION_WINDOW_ENDING).getId());
		assertThat(events.stream(SessionDeadlineReached.class)).isEmpty();
	}

	@Test
	void anAddendumThatChangesNoDateLeavesTheTimersAlone() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.prepare(facilitator, session, daysAgo(5));
		Job before = timer(session, SessionProcess.PREPARATION_WINDOW_LAPSED);

		entries.addAddendum(facilitator, session, new AddendumRequest(formOf(facilitator, session,
				SessionStep.PREPARATION_CERTIFICATION), "The session lasted longer.",
				Map.of(FormFields.PreparationCertification.PREPARATION_SESSION_MINUTES, 75)));

		Job after = timer(session, SessionProcess.PREPARATION_WINDOW_LAPSED);
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
	}

	private String formOf(CurrentUser facilitator, UUID session, SessionStep step) {
		return records.record(facilitator, session)
			.forms()
			.stream()
			.filter(form -> form.step() == step)
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
	}

	private String instanceOf(UUID session) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(SessionProcess.PROCESS_KEY)
			.processInstanceBusinessKey(session.toString())
			.singleResult()
			.getId();
	}

	private List<Job> timers(UUID session, String activityId) {
		return managementService.createJobQuery()
			.processInstanceId(instanceOf(session))
			.activityId(activityId)
			.timers()
			.list();
	}

	private Job timer(UUID session, String activityId) {
		List<Job> found = timers(session, activityId);
		assertThat(found).as("timer %s", activityId).hasSize(1);
		return found.get(0);
	}

	/** The session's timers due by then, as the job executor would find them at that moment. */
	private List<Job> dueBy(UUID session, Instant then) {
		return managementService.createJobQuery()
			.processInstanceId(instanceOf(session))
			.timers()
			.duedateLowerThan(Date.from(then))
			.list();
	}

	private static Instant dueOf(Job job) {
		// The database may keep the due date to the second only.
		return job.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static Instant daysAgo(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS);
	}

}
