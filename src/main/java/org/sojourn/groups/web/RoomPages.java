package org.sojourn.groups.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.RoomRequest;
import org.sojourn.groups.RoomView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterMemberships;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A center's rooms, worked from the center's home by its administrators: add, rename or change the occupancy,
 * retire. Done, the home shows what was done; refused, the rooms come back on a page of their own (422) with the
 * message next to the form and what was typed, and nothing changed.
 */
@Controller
class RoomPages {

	private final GroupAdministrations groups;

	private final CenterMemberships memberships;

	private final CurrentUsers users;

	RoomPages(GroupAdministrations groups, CenterMemberships memberships, CurrentUsers users) {
		this.groups = groups;
		this.memberships = memberships;
		this.users = users;
	}

	@GetMapping("/centers/{centerId}/rooms")
	String rooms(@PathVariable UUID centerId, Model model) {
		return show(users.current(), centerId, null, model);
	}

	@PostMapping("/centers/{centerId}/rooms")
	String add(@PathVariable UUID centerId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String maximumOccupancy, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(centerId, new RoomRefusal(null, name, maximumOccupancy, null), model, response, redirect,
				(actor, request) -> "Room " + groups.addRoom(actor, centerId, request).name() + " added.");
	}

	@PostMapping("/centers/{centerId}/rooms/{roomId}")
	String rename(@PathVariable UUID centerId, @PathVariable UUID roomId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String maximumOccupancy, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(centerId, new RoomRefusal(roomId, name, maximumOccupancy, null), model, response, redirect,
				(actor, request) -> {
					RoomView room = groups.changeRoom(actor, centerId, roomId, request);
					return "Room %s saved: at most %d people.".formatted(room.name(), room.maximumOccupancy());
				});
	}

	/** Retiring asks first: the list's button posts without confirmed=yes, the confirm page with it. */
	@PostMapping("/centers/{centerId}/rooms/{roomId}/retirement")
	String retire(@PathVariable UUID centerId, @PathVariable UUID roomId,
			@RequestParam(defaultValue = "") String confirmed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		RoomView room = groups.rooms(actor, centerId)
			.stream()
			.filter(candidate -> candidate.id().equals(roomId) && !candidate.retired())
			.findFirst()
			.orElseThrow(GroupPageNotFound::room);
		if (!"yes".equals(confirmed)) {
			model.addAttribute("question", "Retire the room " + room.name() + "?");
			model.addAttribute("detail", "No group can be planned in it any more; the groups held there keep it in "
					+ "their record.");
			model.addAttribute("action", "/centers/%s/rooms/%s/retirement".formatted(centerId, roomId));
			model.addAttribute("fields", Map.of());
			model.addAttribute("confirmLabel", "Retire " + room.name());
			model.addAttribute("backLink", "/centers/" + centerId + "#rooms");
			return "confirm";
		}
		var retired = GroupRefusals.attempt(() -> groups.retireRoom(actor, centerId, roomId));
		if (retired.refused()) {
			return refused(actor, centerId, new RoomRefusal(roomId, null, null, retired.refusal()), retired.status(),
					model, response);
		}
		redirect.addFlashAttribute("flash", "Room " + room.name() + " retired.");
		return "redirect:/centers/" + centerId + "#rooms";
	}

	/** @param action the change on behalf of the actor, answering the confirmation to show */
	private String change(UUID centerId, RoomRefusal typed, Model model, HttpServletResponse response,
			RedirectAttributes redirect, BiFunction<CurrentUser, RoomRequest, String> action) {
		CurrentUser actor = users.current();
		Optional<String> invalid = invalid(typed);
		if (invalid.isPresent()) {
			return refused(actor, centerId, withMessage(typed, invalid.get()), HttpStatus.UNPROCESSABLE_ENTITY, model,
					response);
		}
		RoomRequest request = new RoomRequest(typed.name().strip(), Integer.valueOf(typed.maximumOccupancy().strip()));
		var done = GroupRefusals.attempt(() -> action.apply(actor, request));
		if (done.refused()) {
			return refused(actor, centerId, withMessage(typed, done.refusal()), done.status(), model, response);
		}
		redirect.addFlashAttribute("flash", done.result());
		return "redirect:/centers/" + centerId + "#rooms";
	}

	/** What the page can say before asking the service: a name and a whole number of people. */
	private static Optional<String> invalid(RoomRefusal typed) {
		if (typed.name().isBlank()) {
			return Optional.of("Name the room.");
		}
		if (typed.name().strip().length() > 100) {
			return Optional.of("A room's name has at most 100 characters.");
		}
		int occupancy;
		try {
			occupancy = Integer.parseInt(typed.maximumOccupancy().strip());
		}
		catch (NumberFormatException e) {
			occupancy = 0;
		}
		return occupancy < 1 || occupancy > 1000
				? Optional.of("Give the most people the room may hold, a whole number from 1 to 1000.")
				: Optional.empty();
	}

	private static RoomRefusal withMessage(RoomRefusal typed, String message) {
		return new RoomRefusal(typed.roomId(), typed.name(), typed.maximumOccupancy(), message);
	}

	private String refused(CurrentUser actor, UUID centerId, RoomRefusal refusal, HttpStatus status, Model model,
			HttpServletResponse response) {
		String page = show(actor, centerId, refusal, model);
		response.setStatus(status.value());
		return page;
	}

	/** The rooms page, for the center's administrators only (anyone else: the center is missing, 404). */
	private String show(CurrentUser user, UUID centerId, RoomRefusal refusal, Model model) {
		model.addAttribute("center", memberships.members(user, centerId).center());
		model.addAttribute("user", user);
		model.addAttribute("refusal", refusal);
		return "groups/rooms";
	}

}
