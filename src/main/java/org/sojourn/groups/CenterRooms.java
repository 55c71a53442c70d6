package org.sojourn.groups;

import java.util.List;
import java.util.UUID;
import org.sojourn.compliance.ComplianceViolation;
import org.springframework.stereotype.Component;

/**
 * A center's administration rooms, for {@link GroupAdministrations}, which checks first that the user administers
 * the center. A room's occupancy never goes below a group planned or under way in it.
 */
@Component
class CenterRooms {

	private final RoomRepository rooms;

	private final GroupRepository groups;

	private final GroupParticipantRepository participants;

	CenterRooms(RoomRepository rooms, GroupRepository groups, GroupParticipantRepository participants) {
		this.rooms = rooms;
		this.groups = groups;
		this.participants = participants;
	}

	List<RoomView> of(UUID centerId) {
		return rooms.findByCenterIdOrderByName(centerId).stream().map(Room::view).toList();
	}

	RoomView add(UUID centerId, RoomRequest request) {
		String name = request.name().strip();
		refuseTakenName(centerId, name, null);
		return rooms.save(new Room(centerId, name, request.maximumOccupancy())).view();
	}

	RoomView change(UUID centerId, UUID roomId, RoomRequest request) {
		Room room = room(centerId, roomId);
		String name = request.name().strip();
		refuseTakenName(centerId, name, roomId);
		int largestGroup = groups.findByRoomIdAndStatusIn(roomId, GroupStatus.OPEN)
			.stream()
			.mapToInt(group -> GroupViews.current(participants.findByGroupIdOrderByJoinedAt(group.getId())).size())
			.max()
			.orElse(0);
		if (request.maximumOccupancy() < largestGroup) {
			throw ComplianceViolation.of("group-capacity", "maximumOccupancy",
					"A group of %d participants is planned in this room; its occupancy cannot go below that."
						.formatted(largestGroup));
		}
		room.change(name, request.maximumOccupancy());
		return room.view();
	}

	void retire(UUID centerId, UUID roomId) {
		room(centerId, roomId).retire();
	}

	private Room room(UUID centerId, UUID roomId) {
		return rooms.findByIdAndCenterId(roomId, centerId).orElseThrow(() -> GroupNotFound.room(roomId));
	}

	private void refuseTakenName(UUID centerId, String name, UUID exceptRoomId) {
		if (rooms.existsByCenterIdAndNameIgnoreCaseAndIdNot(centerId, name,
				exceptRoomId == null ? new UUID(0, 0) : exceptRoomId)) {
			throw ComplianceViolation.of("room-name", "name", "The center has a room named %s already.".formatted(name));
		}
	}

}
