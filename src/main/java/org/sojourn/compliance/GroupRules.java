package org.sojourn.compliance;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The rules of a group administration (OAR 333-333-5230): at most 25 clients or the room's occupancy if smaller, and
 * enough facilitators for the ratio the largest dose in the group sets. Checked at planning (agreed dose estimates),
 * at every change of participants or facilitators, and at every dose recorded.
 */
@Component
public class GroupRules {

	/** The most clients one group may have, however many facilitators attend. */
	public static final int MAXIMUM_PARTICIPANTS = 25;

	private final GroupRatioTable ratios;

	GroupRules(GroupRatioTable ratios) {
		this.ratios = ratios;
	}

	/**
	 * Refuses a group that breaks a rule, with a message naming the rule and the numbers.
	 * @param participants clients in the group
	 * @param roomOccupancy the room's maximum occupancy
	 * @param facilitators facilitators who attend
	 * @param largestDoseMg the largest individual dose (estimate or recorded), or null when no participant has one
	 */
	public void check(int participants, int roomOccupancy, int facilitators, BigDecimal largestDoseMg) {
		int capacity = Math.min(MAXIMUM_PARTICIPANTS, roomOccupancy);
		if (participants > capacity) {
			throw ComplianceViolation.of("group-capacity", null, participants > MAXIMUM_PARTICIPANTS
					? "A group may have at most %d participants; this one would have %d."
						.formatted(MAXIMUM_PARTICIPANTS, participants)
					: "The room holds at most %d; the group would have %d participants.".formatted(roomOccupancy,
							participants));
		}
		if (participants == 0) {
			return;
		}
		BigDecimal dose = largestDoseMg == null ? BigDecimal.ZERO : largestDoseMg;
		int needed = facilitatorsNeeded(participants, dose);
		if (facilitators < needed) {
			throw ComplianceViolation.of("group-ratio", null,
					"%d %s at up to %s mg need %d %s; %d %s.".formatted(participants,
							participants == 1 ? "participant" : "participants", dose.stripTrailingZeros().toPlainString(),
							needed, needed == 1 ? "facilitator" : "facilitators", facilitators,
							facilitators == 1 ? "attends" : "attend"));
		}
	}

	/** The fewest facilitators the ratio allows for this many clients at this largest dose. */
	public int facilitatorsNeeded(int participants, BigDecimal largestDoseMg) {
		int perFacilitator = ratios.clientsPerFacilitator(largestDoseMg);
		return (participants + perFacilitator - 1) / perFacilitator;
	}

}
