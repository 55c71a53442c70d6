package org.sojourn.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the session record needs of group administration, answered by the {@code groups} module (which depends on
 * this one, not the other way round).
 */
public interface GroupAdministrationLink {

	/**
	 * The group the session is or was administered in, without other participants' names or records; empty for an
	 * individual administration.
	 */
	Optional<GroupOfSession> groupOf(UUID sessionId);

	/**
	 * Refuses, with a {@link org.sojourn.compliance.ComplianceViolation} naming the rule and the numbers, a total dose
	 * recorded for a participant that would break the group's ratio; does nothing for a session in no group. Runs in
	 * the completion's transaction, before anything is written.
	 */
	void checkRecordedDose(UUID sessionId, BigDecimal totalDoseMg);

	/** Marks the participant as administered in its group (the quarterly report counts these). */
	void administrationRecorded(UUID sessionId);

	/** The participant's product and waste is recorded: its group closes once every remaining participant's is. */
	void productAndWasteRecorded(UUID sessionId);

	/**
	 * @param participants the group's participants now (or, once administered, those administered in it)
	 * @param facilitatorNames display names of the attending facilitators
	 * @param leftGroup whether this session left the group (its administration was then an individual one)
	 */
	record GroupOfSession(UUID groupId, Instant scheduledAt, String roomName, String status, int participants,
			List<String> facilitatorNames, boolean leftGroup) {
	}

}
