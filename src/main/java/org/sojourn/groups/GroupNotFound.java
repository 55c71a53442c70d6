package org.sojourn.groups;

import java.util.UUID;

/** No such group or room, or none the asking user may see: the two look the same so that ids cannot be probed. */
public class GroupNotFound extends RuntimeException {

	private GroupNotFound(String message) {
		super(message);
	}

	public static GroupNotFound forId(UUID id) {
		return new GroupNotFound("There is no group administration %s.".formatted(id));
	}

	public static GroupNotFound room(UUID id) {
		return new GroupNotFound("There is no room %s at this center.".formatted(id));
	}

	public static GroupNotFound participant(UUID sessionId) {
		return new GroupNotFound("Session %s is not a participant of this group.".formatted(sessionId));
	}

}
