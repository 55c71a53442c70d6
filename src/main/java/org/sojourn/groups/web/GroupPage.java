package org.sojourn.groups.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.ParticipantView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
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
 * One group administration, run by the center's administrators: its participants with where each stands and their
 * dose, adding and removing participants, the attending facilitators, check-in and cancellation. To anyone else the
 * page does not exist (404); a facilitator sees their client's group on the session's page instead.
 */
@Controller
class GroupPage {

	private final GroupAdministrations groups;

	private final GroupPageModel page;

	private final CurrentUsers users;

	private final PageTimes times;

	GroupPage(GroupAdministrations groups, GroupPageModel page, CurrentUsers users,
			@Value("${sojourn.time-zone}") ZoneId zone) {
		this.groups = groups;
		this.page = page;
		this.users = users;
		this.times = new PageTimes(zone);
	}

	@GetMapping("/groups/{groupId}")
	String page(@PathVariable UUID groupId, Model model) {
		return page.show(users.current(), groupId, null, null, null, model);
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
			GroupView group = page.administered(actor, groupId);
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
			GroupView group = page.administered(actor, groupId);
			return confirm(model, "Cancel the group of " + times.when(group.scheduledAt()) + "?",
					"Every participant's session goes back to being scheduled on its own. Reason: " + reason.strip(),
					"/groups/%s/cancellation".formatted(groupId), Map.of("reason", reason), "Yes, cancel the group",
					groupId);
		}
		return change(actor, groupId, null, null, model, response, redirect,
				() -> groups.cancel(actor, groupId, reason.strip()), "Group cancelled.");
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
		String view = page.show(actor, groupId, field, refusal.refusal(), entered, model);
		response.setStatus(refusal.status().value());
		return view;
	}

}
