package org.sojourn.groups.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.RoomView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.listing.ListPage;
import org.sojourn.listing.Listing;
import org.sojourn.listing.PageAddress;
import org.springframework.stereotype.Component;

/**
 * What the center's home shows of groups and rooms, read by the home's template ({@code groups/center.html}) as
 * {@code @centerGroups}: the home is the system module's, which does not know groups, and its controller need not
 * grow for them. The home has already answered 404 to anyone but the center's administrators. The pages hand in the
 * user they read for the request (their model's {@code user}), so that the sections do not read it again.
 */
@Component("centerGroups")
public class CenterGroupsSection {

	/** The latest first by default: the groups being planned and run come before those long closed. */
	private static final Listing<GroupView> GROUPS = Listing.<GroupView>named("groups")
		.sortable("when", Comparator.comparing(GroupView::scheduledAt))
		.sortable("status", Comparator.comparing(GroupView::status))
		.sortedBy("-when");

	private final GroupAdministrations groups;

	private final HttpServletRequest request;

	/** @param request the current request (a proxy), whose query holds the reader's paging and sorting */
	CenterGroupsSection(GroupAdministrations groups, HttpServletRequest request) {
		this.groups = groups;
		this.request = request;
	}

	/** The rooms a group may be planned in; retired ones are history and not shown. */
	public List<RoomView> rooms(CurrentUser user, UUID centerId) {
		return groups.rooms(user, centerId).stream().filter(room -> !room.retired()).toList();
	}

	/** A page of the center's groups, as the home's address asks. */
	public ListPage<GroupView> groups(CurrentUser user, UUID centerId) {
		return GROUPS.page(groups.groupsOfCenter(user, centerId),
				PageAddress.of("/centers/" + centerId, request));
	}

}
