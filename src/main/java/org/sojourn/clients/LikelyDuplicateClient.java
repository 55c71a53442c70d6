package org.sojourn.clients;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facilitator already has a client with this legal name and date of birth: most likely the same person, whose
 * second record would split their notes and sessions. Refused until the facilitator confirms it is someone else.
 */
public class LikelyDuplicateClient extends RuntimeException {

	private final UUID existing;

	private LikelyDuplicateClient(UUID existing, String message) {
		super(message);
		this.existing = existing;
	}

	static LikelyDuplicateClient of(UUID existing, String legalName, LocalDate dateOfBirth) {
		return new LikelyDuplicateClient(existing,
				"You already have a client named %s born %s. If this is another person, confirm to add them anyway."
					.formatted(legalName, dateOfBirth));
	}

	/** The client record that looks like the same person. */
	public UUID existing() {
		return existing;
	}

}
