package org.sojourn.groups.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupPlan;
import org.sojourn.groups.GroupView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.sessions.PageTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning a group from the center's home: when, which room, the facilitators who attend and the sessions that
 * join. The service checks every rule; a refusal comes back on this page (422) with its message and what was chosen.
 */
@Controller
class GroupPlanningPage {

	private final GroupAdministrations groups;

	private final CenterMemberships memberships;

	private final CurrentUsers users;

	private final PageTimes times;

	private final CenterGroupsSection section;

	GroupPlanningPage(GroupAdministrations groups, CenterMemberships memberships, CurrentUsers users,
			@Value("${sojourn.time-zone}") ZoneId zone, CenterGroupsSection section) {
		this.groups = groups;
		this.memberships = memberships;
		this.users = users;
		this.times = new PageTimes(zone);
		this.section = section;
	}

	@GetMapping("/centers/{centerId}/groups/new")
	String form(@PathVariable UUID centerId, Model model) {
		return show(users.current(), centerId, PlanEntries.empty(), null, model);
	}

	@PostMapping("/centers/{centerId}/groups")
	String plan(@PathVariable UUID centerId, @RequestParam(defaultValue = "") String scheduledAt,
			@RequestParam(required = false) UUID roomId,
			@RequestParam(name = "facilitators", required = false) List<String> facilitators,
			@RequestParam(name = "sessions", required = false) List<UUID> sessions, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		PlanEntries entered = new PlanEntries(scheduledAt, roomId, facilitators == null ? List.of() : facilitators,
				sessions == null ? List.of() : sessions);
		String incomplete = incomplete(entered);
		var planned = incomplete != null ? GroupRefusals.<GroupView>incomplete(incomplete)
				: GroupRefusals.attempt(() -> groups.plan(actor, centerId, new GroupPlan(
						instant(entered.scheduledAt()), roomId, entered.facilitators(), entered.sessions())));
		if (planned.refused()) {
			String page = show(actor, centerId, entered, planned.refusal(), model);
			response.setStatus(planned.status().value());
			return page;
		}
		GroupView group = planned.result();
		redirect.addFlashAttribute("flash", "Group planned for %s in %s with %d participants."
			.formatted(times.when(group.scheduledAt()), group.room().name(), group.participantCount()));
		return "redirect:/groups/" + group.id();
	}

	/** What the page can say before asking the service. */
	private String incomplete(PlanEntries entered) {
		if (entered.scheduledAt().isBlank() || instant(entered.scheduledAt()) == null) {
			return "Choose the date and time.";
		}
		if (entered.roomId() == null) {
			return "Choose the room.";
		}
		if (entered.facilitators().isEmpty()) {
			return "Choose at least one facilitator who attends.";
		}
		if (entered.sessions().isEmpty()) {
			return "Choose the participants.";
		}
		return null;
	}

	/** The datetime-local input's value as the installation's wall clock reads it; null when it is not one. */
	private Instant instant(String wallClock) {
		try {
			return LocalDateTime.parse(wallClock.strip()).atZone(times.zone()).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The planning page, for the center's administrators only (anyone else: the center is missing, 404). */
	private String show(CurrentUser user, UUID centerId, PlanEntries entered, String error, Model model) {
		CenterViews.Members members = memberships.members(user, centerId);
		model.addAttribute("center", members.center());
		model.addAttribute("rooms", section.rooms(user, centerId));
		model.addAttribute("facilitators", GroupPageModel.attendable(members));
		model.addAttribute("choices", groups.eligibleSessions(user, centerId));
		model.addAttribute("entered", entered);
		model.addAttribute("error", error);
		model.addAttribute("timeZone", times.zone());
		return "groups/plan";
	}

}
