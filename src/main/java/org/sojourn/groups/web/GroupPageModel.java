package org.sojourn.groups.web;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sojourn.groups.Attending;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.ParticipantView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the group's page shows ({@code groups/group.html}): the group, where each participant's session stands and its
 * open tasks, the sessions that may still join and the facilitators who may attend. For the center's administrators
 * only; anyone else finds no group.
 */
@Component
class GroupPageModel {

	private final GroupAdministrations groups;

	private final CenterMemberships memberships;

	private final Sessions sessions;

	private final SessionTasks tasks;

	private final PageTimes times;

	GroupPageModel(GroupAdministrations groups, CenterMemberships memberships, Sessions sessions, SessionTasks tasks,
			@Value("${sojourn.time-zone}") ZoneId zone) {
		this.groups = groups;
		this.memberships = memberships;
		this.sessions = sessions;
		this.tasks = tasks;
		this.times = new PageTimes(zone);
	}

	/** The facilitators who may attend a group of the center: those who accepted its invitation, by username. */
	static List<String> attendable(CenterViews.Members members) {
		return members.facilitators()
			.stream()
			.filter(membership -> membership.status() == FacilitatorStatus.ACCEPTED)
			.map(CenterViews.Membership::facilitator)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
	}

	/** The group as its center's administrators see it; anyone else finds no group here. */
	GroupView administered(CurrentUser user, UUID groupId) {
		GroupView group = groups.group(user, groupId);
		if (!user.administers(group.centerId())) {
			throw GroupPageNotFound.group();
		}
		return group;
	}

	/**
	 * Fills the page's model; answers the view's name.
	 *
	 * @param errorField the form's field a refusal belongs next to, or null for a refusal of the whole page
	 * @param entered the facilitators chosen in a refused change, or null to show those attending
	 */
	String show(CurrentUser user, UUID groupId, String errorField, String error, Set<String> entered, Model model) {
		GroupView group = administered(user, groupId);
		CenterViews.Members members = memberships.members(user, group.centerId());
		List<UUID> participants = group.participants().stream().map(ParticipantView::sessionId).toList();
		model.addAttribute("group", group);
		model.addAttribute("center", members.center());
		model.addAttribute("stages", stages(user, participants));
		model.addAttribute("tasks", openTasks(user, group.centerId(), participants));
		var joinable = groups.eligibleSessions(user, group.centerId());
		model.addAttribute("joinable", joinable);
		Set<String> attending = group.facilitators()
			.stream()
			.map(Attending::username)
			.collect(Collectors.toCollection(TreeSet::new));
		// Someone attending who has since left the center can still be unticked.
		Set<String> choices = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		choices.addAll(attendable(members));
		choices.addAll(attending);
		model.addAttribute("facilitatorChoices", choices);
		model.addAttribute("entered", entered != null ? entered : attending);
		model.addAttribute("times", times);
		model.addAttribute("error", error);
		// A refusal goes next to its field only when the page shows that field's form; else at the top.
		boolean planned = "PLANNED".equals(group.status());
		boolean fieldShown = switch (errorField == null ? "" : errorField) {
			case "sessionId" -> planned && !joinable.isEmpty();
			case "facilitators" -> planned || "CHECKED_IN".equals(group.status());
			case "reason" -> planned;
			default -> false;
		};
		model.addAttribute("errorField", fieldShown ? errorField : null);
		return "groups/group";
	}

	/** Where each participant's session stands, in the words of its stage. */
	private Map<UUID, String> stages(CurrentUser user, Collection<UUID> participants) {
		return sessions.visibleAmong(user, participants)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stage().words()));
	}

	/** Each participant's open tasks of the center: check-in, administration record, product and waste. */
	private Map<UUID, List<OpenTask>> openTasks(CurrentUser user, UUID centerId, Collection<UUID> participants) {
		return tasks.centerTasks(user, centerId, participants)
			.stream()
			.collect(Collectors.groupingBy(OpenTask::sessionId));
	}

}
