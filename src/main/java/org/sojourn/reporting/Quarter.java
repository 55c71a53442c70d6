package org.sojourn.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A calendar quarter (Q1 = January to March), with its bounds in the installation's time zone.
 *
 * @param number 1 to 4
 */
record Quarter(int year, int number) {

	/** Oregon licensed its first psilocybin service centers in 2023: no report can precede that year. */
	static final int FIRST_YEAR = 2023;

	Quarter {
		if (number < 1 || number > 4) {
			throw QuarterInvalid.of("Q%d is not a quarter; use Q1 to Q4.".formatted(number));
		}
		if (year < FIRST_YEAR || year > 9999) {
			throw QuarterInvalid.of("There are no reports for %d; Oregon's program began in %d."
				.formatted(year, FIRST_YEAR));
		}
	}

	/** The quarter, refused when it has not begun at {@code now}. */
	static Quarter begun(int year, int number, Instant now, ZoneId zone) {
		Quarter quarter = new Quarter(year, number);
		if (!quarter.hasBegun(now, zone)) {
			throw QuarterInvalid.of("%s has not begun yet.".formatted(quarter.label()));
		}
		return quarter;
	}

	static Quarter containing(Instant instant, ZoneId zone) {
		LocalDate day = instant.atZone(zone).toLocalDate();
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	LocalDate firstDay() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	/** The first moment of the quarter in the zone. */
	Instant start(ZoneId zone) {
		return firstDay().atStartOfDay(zone).toInstant();
	}

	/** The first moment after the quarter in the zone (exclusive end). */
	Instant end(ZoneId zone) {
		return firstDay().plusMonths(3).atStartOfDay(zone).toInstant();
	}

	boolean hasBegun(Instant now, ZoneId zone) {
		return !start(zone).isAfter(now);
	}

	/** The quarter before, or null before the first year. */
	Quarter previous() {
		if (number == 1) {
			return year == FIRST_YEAR ? null : new Quarter(year - 1, 4);
		}
		return new Quarter(year, number - 1);
	}

	/** The quarter after, or null after the last year. */
	Quarter next() {
		if (number == 4) {
			return year == 9999 ? null : new Quarter(year + 1, 1);
		}
		return new Quarter(year, number + 1);
	}

	/** "2026-Q1". */
	String label() {
		return year + "-Q" + number;
	}

}
