package org.sojourn.reporting;

import java.time.LocalDate;

/**
 * A quarter's report comes due for every center: raised once across the installation on the first day of the next
 * quarter and again a few days before the report is due (15 days after the quarter ends).
 *
 * @param finalReminder false for the first day's notice, true for the one shortly before the due date
 */
public record QuarterlyReportDue(int year, int quarter, LocalDate dueOn, boolean finalReminder) {
}
