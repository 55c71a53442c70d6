package org.sojourn.groups.web;

import java.util.List;
import java.util.UUID;

/**
 * What the person chose on the planning page, kept as typed so that a refusal shows it again.
 *
 * @param scheduledAt the date and time as the datetime-local input sends it, read in the installation's zone
 */
public record PlanEntries(String scheduledAt, UUID roomId, List<String> facilitators, List<UUID> sessions) {

	static PlanEntries empty() {
		return new PlanEntries("", null, List.of(), List.of());
	}

}
