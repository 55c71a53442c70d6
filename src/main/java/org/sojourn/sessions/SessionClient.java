package org.sojourn.sessions;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whose session it is, as the OHA forms name the client: kept in the session record for its facilitator and its
 * center (who verifies identity and age at check-in). The rest of the client record stays the facilitator's alone;
 * none of it enters the engine.
 *
 * @param preferredName null when the client gave none
 */
public record SessionClient(String legalName, String preferredName, LocalDate dateOfBirth) {

	/** The name a page shows: the legal name, with the preferred name after it when it differs. */
	public String displayName() {
		if (preferredName == null || preferredName.isBlank() || preferredName.strip().equals(legalName)) {
			return legalName;
		}
		return legalName + " (" + preferredName.strip() + ")";
	}

	/** Full years of age on the day. */
	public int ageOn(LocalDate day) {
		return Period.between(dateOfBirth, day).getYears();
	}

}
