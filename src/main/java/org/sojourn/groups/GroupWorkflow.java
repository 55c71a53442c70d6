package org.sojourn.groups;

import java.util.Collection;
import java.util.UUID;
import org.sojourn.sessions.Session;

/**
 * What a group's life asks of the process engine: the group's own instance ({@code groupAdministration}, business key
 * the group's id) and the participants' session instances, which wait for the group and are released by it. The
 * {@code engine} module implements it, so that groups depend on no engine type.
 */
public interface GroupWorkflow {

	/** The group was planned: its instance starts and waits for check-in or cancellation. */
	void planned(UUID groupId);

	/**
	 * The session joined a group: it leaves individual scheduling (or its own check-in) and waits for the group. Its
	 * routing variables are set from the session as it now stands (administration scheduled at the group's time).
	 */
	void joined(Session session);

	/** The session left the group before the group's check-in: it goes back to individual scheduling. */
	void left(Session session);

	/** The group was checked in: its instance goes on and each participant goes to its own check-in. */
	void checkedIn(UUID groupId, Collection<UUID> participantSessionIds);

	/** The group was cancelled before check-in: its instance ends and each participant goes back to scheduling. */
	void cancelled(UUID groupId, Collection<Session> participants);

	/** Every remaining participant's administration is recorded. */
	void administered(UUID groupId);

	/** Every remaining participant's product and waste is recorded: the group's instance ends. */
	void closed(UUID groupId);

	/** Whether the session's instance waits for its group's check-in. */
	boolean waitsForGroup(UUID sessionId);

}
