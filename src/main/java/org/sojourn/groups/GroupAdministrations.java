package org.sojourn.groups;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group administrations on behalf of a user: a center's rooms, planning a group and changing it, its check-in and
 * cancellation. Rooms and planning are for the center's administrators; a facilitator with a participant in a group
 * sees the group without other facilitators' clients. Anyone else finds nothing (404).
 */
@Service
@Transactional
public class GroupAdministrations {

	@Transactional(readOnly = true)
	public List<RoomView> rooms(CurrentUser user, UUID centerId) {
		throw new UnsupportedOperationException("rooms");
	}

	public RoomView addRoom(CurrentUser user, UUID centerId, RoomRequest request) {
		throw new UnsupportedOperationException("addRoom");
	}

	/** Refused below the size of a group planned in the room. */
	public RoomView changeRoom(CurrentUser user, UUID centerId, UUID roomId, RoomRequest request) {
		throw new UnsupportedOperationException("changeRoom");
	}

	public void retireRoom(CurrentUser user, UUID centerId, UUID roomId) {
		throw new UnsupportedOperationException("retireRoom");
	}

	/**
	 * Sessions that may join a group of the center: associated with it, preparation certified, not yet checked in, in
	 * no group.
	 */
	@Transactional(readOnly = true)
	public List<SessionChoice> eligibleSessions(CurrentUser user, UUID centerId) {
		throw new UnsupportedOperationException("eligibleSessions");
	}

	public GroupView plan(CurrentUser user, UUID centerId, GroupPlan plan) {
		throw new UnsupportedOperationException("plan");
	}

	@Transactional(readOnly = true)
	public List<GroupView> groupsOfCenter(CurrentUser user, UUID centerId) {
		throw new UnsupportedOperationException("groupsOfCenter");
	}

	@Transactional(readOnly = true)
	public GroupView group(CurrentUser user, UUID groupId) {
		throw new UnsupportedOperationException("group");
	}

	/** The group a session is in now, as the user may see it; empty when it is in none (or left it). */
	@Transactional(readOnly = true)
	public Optional<GroupView> groupOfSession(CurrentUser user, UUID sessionId) {
		throw new UnsupportedOperationException("groupOfSession");
	}

	public GroupView addParticipant(CurrentUser user, UUID groupId, UUID sessionId) {
		throw new UnsupportedOperationException("addParticipant");
	}

	public GroupView removeParticipant(CurrentUser user, UUID groupId, UUID sessionId) {
		throw new UnsupportedOperationException("removeParticipant");
	}

	public GroupView changeFacilitators(CurrentUser user, UUID groupId, List<String> facilitators) {
		throw new UnsupportedOperationException("changeFacilitators");
	}

	public GroupView checkIn(CurrentUser user, UUID groupId) {
		throw new UnsupportedOperationException("checkIn");
	}

	public GroupView cancel(CurrentUser user, UUID groupId, String reason) {
		throw new UnsupportedOperationException("cancel");
	}

}
