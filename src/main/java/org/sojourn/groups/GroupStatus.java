package org.sojourn.groups;

/** Where a group administration stands; it mirrors the group's process instance ({@code groupAdministration}). */
public enum GroupStatus {

	/** Planned: participants may join and leave, facilitators change. */
	PLANNED,
	/** Checked in: each participant goes through its own check-in, administration and product record. */
	CHECKED_IN,
	/** Every remaining participant's administration is recorded. */
	ADMINISTERED,
	/** Every remaining participant's product and waste is recorded. */
	CLOSED,
	/** Cancelled before check-in; its participants went back to individual scheduling. */
	CANCELLED;

	/** Statuses in which the group's participants and facilitators may still change. */
	static final java.util.Set<GroupStatus> OPEN = java.util.EnumSet.of(PLANNED, CHECKED_IN);

	boolean isOpen() {
		return OPEN.contains(this);
	}

}
