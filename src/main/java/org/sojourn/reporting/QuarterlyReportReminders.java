package org.sojourn.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders that a quarter's report comes due, for every center. The installation's schedule (a process of its
 * own, whose timer runs once across the nodes) calls here on the first day of a quarter and three days before the
 * report of the quarter just ended is due.
 */
@Service
public class QuarterlyReportReminders {

	/** Reports are due this many days after their quarter ends. */
	static final int DUE_DAYS_AFTER_QUARTER = 15;

	private static final Logger log = LoggerFactory.getLogger(QuarterlyReportReminders.class);

	private final ZoneId zone;

	private final ApplicationEventPublisher events;

	QuarterlyReportReminders(@Value("${sojourn.time-zone}") ZoneId zone, ApplicationEventPublisher events) {
		this.zone = zone;
		this.events = events;
	}

	/** The final reminder comes this many days before the due date; the first on the quarter's first day. */
	static final int FINAL_REMINDER_DAYS_BEFORE = 3;

	/**
	 * Raises {@link QuarterlyReportDue} for the quarter that ended before the one containing {@code now} (a day in
	 * {@code sojourn.time-zone}): the final reminder from three days before the due date on, the first notice before.
	 */
	@Transactional
	public QuarterlyReportDue remind(Instant now) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate previousQuarterDay = Quarter.containing(now, zone).firstDay().minusDays(1);
		Quarter ended = new Quarter(previousQuarterDay.getYear(), (previousQuarterDay.getMonthValue() - 1) / 3 + 1);
		LocalDate dueOn = ended.lastDay().plusDays(DUE_DAYS_AFTER_QUARTER);
		boolean finalReminder = !today.isBefore(dueOn.minusDays(FINAL_REMINDER_DAYS_BEFORE));
		QuarterlyReportDue due = new QuarterlyReportDue(ended.year(), ended.number(), dueOn, finalReminder);
		events.publishEvent(due);
		log.info("Quarterly report {}-Q{} due on {}: {}", due.year(), due.quarter(), due.dueOn(),
				finalReminder ? "final reminder" : "announced");
		return due;
	}

}
