package org.sojourn.system;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.servicecenters.MembershipRefused;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A center's home for its administrators: its sessions by phase, its open tasks, upcoming administrations and its
 * membership. It lives here because it joins sessions and centers, and centers may not depend on sessions.
 */
@Controller
class CenterHomePage {

	/** How many sessions the page lists at most; beyond that it says how many more there are. */
	static final int SESSIONS_SHOWN = 100;

	static final int UPCOMING_SHOWN = 10;

	private final Sessions sessions;

	private final SessionTasks tasks;

	private final CenterMemberships memberships;

	private final CurrentUsers users;

	private final PageTimes times;

	CenterHomePage(Sessions sessions, SessionTasks tasks, CenterMemberships memberships, CurrentUsers users,
			@Value("${sojourn.time-zone}") ZoneId zone) {
		this.sessions = sessions;
		this.tasks = tasks;
		this.memberships = memberships;
		this.users = users;
		this.times = new PageTimes(zone);
	}

	@GetMapping("/centers/{centerId}")
	String home(@PathVariable UUID centerId, Model model) {
		return show(users.current(), centerId, model, null);
	}

	@PostMapping("/centers/{centerId}/administrators")
	String addAdministrator(@PathVariable UUID centerId, @RequestParam(defaultValue = "") String user, Model model,
			HttpServletResponse response) {
		return change(centerId, model, response, actor -> memberships.addAdministrator(actor, centerId, user.strip()),
				user);
	}

	@PostMapping("/centers/{centerId}/administrators/{username}/removal")
	String removeAdministrator(@PathVariable UUID centerId, @PathVariable String username, Model model,
			HttpServletResponse response) {
		return change(centerId, model, response, actor -> memberships.removeAdministrator(actor, centerId, username),
				username);
	}

	@PostMapping("/centers/{centerId}/invitations")
	String invite(@PathVariable UUID centerId, @RequestParam(defaultValue = "") String user, Model model,
			HttpServletResponse response) {
		return change(centerId, model, response, actor -> memberships.invite(actor, centerId, user.strip()), user);
	}

	@PostMapping("/centers/{centerId}/facilitators/{username}/removal")
	String removeFacilitator(@PathVariable UUID centerId, @PathVariable String username, Model model,
			HttpServletResponse response) {
		return change(centerId, model, response, actor -> memberships.removeFacilitator(actor, centerId, username),
				username);
	}

	@ExceptionHandler(CenterNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("what", "service center");
		return "sessions/not-found";
	}

	/** A membership change, then back to the page; a refusal shows on the page (422) and changes nothing. */
	private String change(UUID centerId, Model model, HttpServletResponse response,
			Consumer<CurrentUser> action, String who) {
		CurrentUser actor = users.current();
		if (who.isBlank()) {
			return refused(actor, centerId, model, response, "Give a username or an email address.");
		}
		try {
			action.accept(actor);
		}
		catch (MembershipRefused e) {
			return refused(actor, centerId, model, response, e.getMessage());
		}
		return "redirect:/centers/" + centerId;
	}

	private String refused(CurrentUser actor, UUID centerId, Model model, HttpServletResponse response,
			String message) {
		String page = show(actor, centerId, model, message);
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return page;
	}

	private String show(CurrentUser user, UUID centerId, Model model, String error) {
		var members = memberships.members(user, centerId);
		Page<SessionViews.Summary> page = sessions.ofCenter(user, centerId,
				PageRequest.of(0, SESSIONS_SHOWN, Sort.by(Sort.Direction.DESC, "createdAt")));
		Map<SessionPhase, List<SessionViews.Summary>> byPhase = new EnumMap<>(SessionPhase.class);
		for (SessionPhase phase : SessionPhase.values()) {
			byPhase.put(phase, List.of());
		}
		byPhase.putAll(page.getContent().stream().collect(Collectors.groupingBy(SessionViews.Summary::phase)));
		LocalDate today = LocalDate.now(times.zone());
		model.addAttribute("members", members);
		model.addAttribute("center", members.center());
		model.addAttribute("byPhase", byPhase);
		model.addAttribute("sessionCount", page.getTotalElements());
		model.addAttribute("sessionsNotShown", Math.max(0, page.getTotalElements() - page.getNumberOfElements()));
		model.addAttribute("tasks", tasks.centerTasks(user, centerId));
		model.addAttribute("upcoming", sessions.upcomingAdministrations(user, centerId, UPCOMING_SHOWN));
		model.addAttribute("reportLink", "/centers/%s/reports/%d/Q%d".formatted(centerId, today.getYear(),
				(today.getMonthValue() - 1) / 3 + 1));
		model.addAttribute("times", times);
		model.addAttribute("error", error);
		return "centers/home";
	}

}
