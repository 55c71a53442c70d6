package org.sojourn.compliance;

import java.time.LocalDate;
import java.time.Period;

/** Psilocybin services are for clients 21 or older on the day of their administration (ORS 475A.350). */
public final class AgeRule {

	public static final int MINIMUM_AGE = 21;

	private AgeRule() {
	}

	/**
	 * @param day the day the administration is planned for; when a session opens and no day is planned yet, today
	 */
	public static void checkOldEnough(LocalDate dateOfBirth, LocalDate day) {
		int age = Period.between(dateOfBirth, day).getYears();
		if (age < MINIMUM_AGE) {
			throw ComplianceViolation.of("minimum-age", "dateOfBirth",
					"Psilocybin services are only for clients %d or older at their administration; this client is %d on %s. Start the session once they are %d."
						.formatted(MINIMUM_AGE, age, day, MINIMUM_AGE));
		}
	}

}
