package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SojournTest;
import org.sojourn.reporting.QuarterlyReportDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The installation's quarterly report reminders: one timer start event of a process of its own, so one job in the
 * shared database whichever number of nodes run, due at noon (the engine's zone) on the 1st and 12th of the month
 * after each quarter.
 */
@SojournTest
@RecordApplicationEvents
class QuarterlyReportReminderTests {

	@Autowired
	RepositoryService repository;

	@Autowired
	ManagementService managementService;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theScheduleIsOneTimerJobDueAtNoonOnTheFirstOrTwelfthOfAMonthAfterAQuarter() {
		Job timer = timer();
		LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());

		assertThat(due.toLocalTime().getHour()).isEqualTo(12);
		assertThat(due.getDayOfMonth()).isIn(1, 12);
		assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
		assertThat(processDefinition().getHistoryTimeToLive()).isPositive();
	}

	@Test
	void onTheFirstDayOfAQuarterItAnnouncesTheReportOfTheQuarterJustEndedOnce() {
		ClockUtil.setCurrentTime(noonOn(LocalDate.of(2027, 1, 1)));

		managementService.executeJob(timer().getId());

		assertThat(events.stream(QuarterlyReportDue.class))
			.containsExactly(new QuarterlyReportDue(2026, 4, LocalDate.of(2027, 1, 15), false));
		assertThat(managementService.createJobQuery()
			.processDefinitionKey(SessionProcess.QUARTERLY_REMINDERS_PROCESS_KEY)
			.count()).as("the next reminder, and only it").isOne();
	}

	@Test
	void threeDaysBeforeTheDueDateItSendsTheFinalReminder() {
		ClockUtil.setCurrentTime(noonOn(LocalDate.of(2027, 4, 12)));

		managementService.executeJob(timer().getId());

		assertThat(events.stream(QuarterlyReportDue.class))
			.containsExactly(new QuarterlyReportDue(2027, 1, LocalDate.of(2027, 4, 15), true));
	}

	private Job timer() {
		Job timer = managementService.createJobQuery()
			.processDefinitionId(processDefinition().getId())
			.timers()
			.singleResult();
		assertThat(timer).as("the reminders' timer start job").isNotNull();
		return timer;
	}

	private ProcessDefinition processDefinition() {
		return repository.createProcessDefinitionQuery()
			.processDefinitionKey(SessionProcess.QUARTERLY_REMINDERS_PROCESS_KEY)
			.latestVersion()
			.singleResult();
	}

	private static Date noonOn(LocalDate day) {
		return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

}
