package org.sojourn.groups.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sojourn.groups.Attending;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.ParticipantView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One group administration, run by the center's administrators: its participants with where each stands and their
 * dose, adding and removing participants, the attending facilitators, check-in and cancellation. To anyone else the
 * page does not exist (404); a facilitator sees their client's group on the session's page instead.
 */
@Controller
class GroupPage {

	private final GroupAdministrations groups;

	private final CenterMemberships memberships;

	private final Sessions sessions;

	private final SessionTasks tasks;

	private final CurrentUsers users;

	private final PageTimes times;

	GroupPage(GroupAdministrations groups, CenterMemberships memberships, Sessions sessions, SessionTasks tasks,
			CurrentUsers users, @Value("${sojourn.time-zone}") ZoneId zone) {
		this.groups = groups;
		this.memberships = memberships;
		this.sessions = sessions;
		this.tasks = tasks;
		this.users = users;
		this.times = new PageTimes(zone);
	}

	@GetMapping("/groups/{groupId}")
	String page(@PathVariable UUID groupId, Model model) {
		return show(users.current(), groupId, null, null, null, model);
	}

	@PostMapping("/groups/{groupId}/participants")
	String addParticipant(@PathVariable UUID groupId, @RequestParam(required = false) UUID sessionId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		if (sessionId == null) {
			return refused(actor, groupId, "sessionId", "Choose the session that joins.", null, model, response);
		}
		return change(actor, groupId, "sessionId", null, model, response, redirect,
				() -> groups.addParticipant(actor, groupId, sessionId), "Participant added.");
	}

	/** Removing asks first: the list's button posts without confirmed=yes, the confirm page with it. */
	@PostMapping("/groups/{groupId}/participants/{sessionId}/removal")
	String removeParticipant(@PathVariable UUID groupId, @PathVariable UUID sessionId,
			@RequestParam(defaultValue = "") String confirmed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		if (!"yes".equals(confirmed)) {
			GroupView group = administered(actor, groupId);
			ParticipantView participant = group.participants()
				.stream()
				.filter(p -> p.sessionId().equals(sessionId) && !p.left())
				.findFirst()
				.orElseThrow(GroupPageNotFound::group);
			return confirm(model, "Remove " + participant.clientName() + " from the group?",
					"Their session leaves the group and goes back to being scheduled on its own; their record stays "
							+ "as it is.",
					"/groups/%s/participants/%s/removal".formatted(groupId, sessionId), Map.of(),
					"Remove " + participant.clientName(), groupId);
		}
		return change(actor, groupId, null, null, model, response, redirect,
				() -> groups.removeParticipant(actor, groupId, sessionId), "Participant removed from the group.");
	}

	@PostMapping("/groups/{groupId}/facilitators")
	String changeFacilitators(@PathVariable UUID groupId,
			@RequestParam(name = "facilitators", required = false) List<String> facilitators, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		Set<String> chosen = new TreeSet<>(facilitators == null ? List.of() : facilitators);
		if (chosen.isEmpty()) {
			return refused(actor, groupId, "facilitators", "Choose at least one facilitator who attends.", chosen,
					model, response);
		}
		return change(actor, groupId, "facilitators", chosen, model, response, redirect,
				() -> groups.changeFacilitators(actor, groupId, List.copyOf(chosen)), "Facilitators changed.");
	}

	@PostMapping("/groups/{groupId}/check-in")
	String checkIn(@PathVariable UUID groupId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		return change(actor, groupId, null, null, model, response, redirect, () -> groups.checkIn(actor, groupId),
				"Group checked in: each participant's check-in waits on their session.");
	}

	/** Cancelling cannot be undone, so the form leads to a confirm page first, which carries the reason. */
	@PostMapping("/groups/{groupId}/cancellation")
	String cancel(@PathVariable UUID groupId, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String confirmed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		if (reason.isBlank() || reason.length() > 2000) {
			return refused(actor, groupId, "reason", "Give the reason (up to 2000 characters).", null, model,
					response);
		}
		if (!"yes".equals(confirmed)) {
			GroupView group = administered(actor, groupId);
			return confirm(model, "Cancel the group of " + times.when(group.scheduledAt()) + "?",
					"Every participant's session goes back to being scheduled on its own. Reason: " + reason.strip(),
					"/groups/%s/cancellation".formatted(groupId), Map.of("reason", reason), "Yes, cancel the group",
					groupId);
		}
		return change(actor, groupId, null, null, model, response, redirect,
				() -> groups.cancel(actor, groupId, reason.strip()), "Group cancelled.");
	}

	/**
	 * The facilitators who may attend a group of the center: those who accepted its invitation, by username.
	 */
	static List<String> attendable(CenterViews.Members members) {
		return members.facilitators()
			.stream()
			.filter(membership -> membership.status() == FacilitatorStatus.ACCEPTED)
			.map(CenterViews.Membership::facilitator)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
	}

	/**
	 * Makes the change and goes back to the group's page with what was done; a refusal shows on the page (422),
	 * next to the form it came from when there is one, and changes nothing.
	 *
	 * @param field the form's field the refusal belongs next to, or null for a button of the page
	 * @param entered the facilitators chosen, to show again if refused; null to show those attending
	 */
	private String change(CurrentUser actor, UUID groupId, String field, Set<String> entered, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Supplier<GroupView> action, String done) {
		var changed = GroupRefusals.attempt(action);
		if (changed.refused()) {
			return refused(actor, groupId, field, changed, entered, model, response);
		}
		redirect.addFlashAttribute("flash", done);
		return "redirect:/groups/" + groupId;
	}

	private String confirm(Model model, String question, String detail, String action, Map<String, String> fields,
			String confirmLabel, UUID groupId) {
		model.addAttribute("question", question);
		model.addAttribute("detail", detail);
		model.addAttribute("action", action);
		model.addAttribute("fields", fields);
		model.addAttribute("confirmLabel", confirmLabel);
		model.addAttribute("backLink", "/groups/" + groupId);
		return "confirm";
	}

	private String refused(CurrentUser actor, UUID groupId, String field, String message, Set<String> entered,
			Model model, HttpServletResponse response) {
		return refused(actor, groupId, field, GroupRefusals.incomplete(message), entered, model, response);
	}

	private String refused(CurrentUser actor, UUID groupId, String field, GroupRefusals.Attempt<?> refusal,
			Set<String> entered, Model model, HttpServletResponse response) {
		String page = show(actor, groupId, field, refusal.refusal(), entered, model);
		response.setStatus(refusal.status().value());
		return page;
	}

	/** The group as its center's administrators see it; anyone else finds no group here. */
	private GroupView administered(CurrentUser user, UUID groupId) {
		GroupView group = groups.group(user, groupId);
		if (!user.administers(group.centerId())) {
			throw GroupPageNotFound.group();
		}
		return group;
	}

	private String show(CurrentUser user, UUID groupId, String errorField, String error, Set<String> entered,
			Model model) {
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
		Set<UUID> ids = Set.copyOf(participants);
		return tasks.centerTasks(user, centerId)
			.stream()
			.filter(task -> ids.contains(task.sessionId()))
			.collect(Collectors.groupingBy(OpenTask::sessionId));
	}

}
