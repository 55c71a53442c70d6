package org.sojourn.groups.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.RoomView;
import org.sojourn.identity.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * What the center's home shows of groups and rooms, read by the home's template ({@code groups/center.html}) as
 * {@code @centerGroups}: the home is the system module's, which does not know groups, and its controller need not
 * grow for them. The home has already answered 404 to anyone but the center's administrators.
 */
@Component("centerGroups")
public class CenterGroupsSection {

	private final GroupAdministrations groups;

	private final CurrentUsers users;

	CenterGroupsSection(GroupAdministrations groups, CurrentUsers users) {
		this.groups = groups;
		this.users = users;
	}

	/** The rooms a group may be planned in; retired ones are history and not shown. */
	public List<RoomView> rooms(UUID centerId) {
		return groups.rooms(users.current(), centerId).stream().filter(room -> !room.retired()).toList();
	}

	/** The center's groups, the latest first. */
	public List<GroupView> groups(UUID centerId) {
		return groups.groupsOfCenter(users.current(), centerId)
			.stream()
			.sorted(Comparator.comparing(GroupView::scheduledAt).reversed())
			.toList();
	}

}
