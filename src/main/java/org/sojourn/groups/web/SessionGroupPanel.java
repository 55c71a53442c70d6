package org.sojourn.groups.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.sojourn.groups.Attending;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupStatus;
import org.sojourn.groups.GroupView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.sessions.PageTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The group a session is in, for the session's page ({@code groups/session-group.html}, read there as
 * {@code @sessionGroups}): the session page belongs to the records module, which may not depend on groups. It
 * carries the group's date, room, count and attending facilitators, never its other participants.
 */
@Component("sessionGroups")
public class SessionGroupPanel {

	/** The states in which the group is still to come or under way. */
	private static final Set<String> LIVE = Set.of(GroupStatus.PLANNED.name(), GroupStatus.CHECKED_IN.name());

	private final GroupAdministrations groups;

	private final CurrentUsers users;

	private final PageTimes times;

	SessionGroupPanel(GroupAdministrations groups, CurrentUsers users, @Value("${sojourn.time-zone}") ZoneId zone) {
		this.groups = groups;
		this.users = users;
		this.times = new PageTimes(zone);
	}

	/**
	 * The session's group as the signed-in person may see it while it is planned or under way, or null. Once the
	 * group is administered the record's own group table (in the page's Administration section) tells it alone.
	 */
	public Panel of(UUID sessionId) {
		CurrentUser user = users.current();
		return groups.groupOfSession(user, sessionId)
			.filter(group -> LIVE.contains(group.status()))
			.map(group -> panel(user, group))
			.orElse(null);
	}

	private Panel panel(CurrentUser user, GroupView group) {
		return new Panel(times.when(group.scheduledAt()), group.room().name(), group.participantCount(),
				group.facilitators().stream().map(Attending::displayName).toList(),
				group.status().replace('_', ' ').toLowerCase(Locale.ROOT),
				user.administers(group.centerId()) ? "/groups/" + group.id() : null);
	}

	/**
	 * @param groupPage the group's page, for the center's administrators only; null for anyone else
	 */
	public record Panel(String when, String room, int participants, List<String> facilitators, String status,
			String groupPage) {
	}

}
