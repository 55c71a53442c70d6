package org.sojourn.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.listing.ListPage;
import org.sojourn.listing.Listing;
import org.sojourn.listing.PageAddress;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.CenterRole;
import org.sojourn.servicecenters.MembershipRefused;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.TaskOrder;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A center's home for its administrators: its sessions by phase, its open tasks, upcoming administrations and its
 * membership. It lives here because it joins sessions and centers, and centers may not depend on sessions.
 */
@Controller
class CenterHomePage {

	private static final Listing<SessionViews.Summary> SESSIONS = Listing.<SessionViews.Summary>named("sessions")
		.sortable("opened", Sort.by("createdAt", "id"))
		.sortable("facilitator", Sort.by("facilitatorUsername", "createdAt", "id"))
		.sortable("phase", Sort.by("phase", "createdAt", "id"))
		.sortable("status", Sort.by("status", "createdAt", "id"))
		.sortedBy("-opened");

	/** Soonest first by default: the next administration comes first. */
	private static final Listing<SessionViews.Summary> UPCOMING = Listing.<SessionViews.Summary>named("upcoming")
		.sortable("when", Sort.by("administrationScheduledAt", "id"))
		.sortable("facilitator", Sort.by("facilitatorUsername", "administrationScheduledAt", "id"));

	/**
	 * Oldest first by default: what has waited longest comes first. Paged in the engine's database, as a center may
	 * have thousands of open tasks.
	 */
	private static final Listing<OpenTask> TASKS = Listing.<OpenTask>named("tasks")
		.sortable("since")
		.sortable("task")
		.sortable("claimed");

	private static final Map<String, TaskOrder> TASK_ORDERS = Map.of("since", TaskOrder.CREATED, "task",
			TaskOrder.NAME, "claimed", TaskOrder.ASSIGNEE);

	private static final Listing<String> ADMINISTRATORS = Listing.<String>named("administrators")
		.sortable("name", String.CASE_INSENSITIVE_ORDER);

	private static final Listing<CenterViews.Membership> FACILITATORS = Listing.<CenterViews.Membership>named(
			"facilitators")
		.sortable("name", Comparator.comparing(CenterViews.Membership::facilitator, String.CASE_INSENSITIVE_ORDER))
		.sortable("status", Comparator.comparing(CenterViews.Membership::status))
		.sortable("invited", Comparator.comparing(CenterViews.Membership::invitedAt));

	private final Sessions sessions;

	private final SessionTasks tasks;

	private final CenterMemberships memberships;

	private final CurrentUsers users;

	private final ServiceCenters centers;

	private final PageTimes times;

	private final HttpServletRequest request;

	/**
	 * The page's reads (membership, sessions, the engine's task queries) share one read-only transaction: each service
	 * and engine command joins it instead of taking a connection and committing its own.
	 */
	private final TransactionTemplate reads;

	/** @param request the current request (a proxy), whose query holds the reader's paging and sorting */
	CenterHomePage(Sessions sessions, SessionTasks tasks, CenterMemberships memberships, CurrentUsers users,
			ServiceCenters centers, @Value("${sojourn.time-zone}") ZoneId zone, HttpServletRequest request,
			PlatformTransactionManager transactions) {
		this.sessions = sessions;
		this.tasks = tasks;
		this.memberships = memberships;
		this.users = users;
		this.centers = centers;
		this.times = new PageTimes(zone);
		this.request = request;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	@GetMapping("/centers/{centerId}")
	String home(@PathVariable UUID centerId, Model model) {
		return show(users.current(), centerId, model, null);
	}

	@PostMapping("/centers/{centerId}/administrators")
	String addAdministrator(@PathVariable UUID centerId, @RequestParam(defaultValue = "") String user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(centerId, model, response, actor -> {
			if (memberships.inviteNewcomer(actor, centerId, user, CenterRole.ADMINISTRATOR).isPresent()) {
				return "Invitation mailed to " + user.strip() + ".";
			}
			memberships.addAdministrator(actor, centerId, user.strip());
			return user.strip() + " is now an administrator of the center.";
		}, user, "administrator", redirect);
	}

	/** Removals ask first: the list's button posts without confirmed=yes, the confirm page with it. */
	@PostMapping("/centers/{centerId}/administrators/{username}/removal")
	String removeAdministrator(@PathVariable UUID centerId, @PathVariable String username,
			@RequestParam(defaultValue = "") String confirmed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!"yes".equals(confirmed)) {
			return confirmRemoval(centerId, model, "administrators", username, "Remove " + username
					+ " as an administrator?", "They will no longer see the center's sessions or take its tasks.");
		}
		return change(centerId, model, response, actor -> {
			memberships.removeAdministrator(actor, centerId, username);
			return username + " is no longer an administrator of the center.";
		}, username, null, redirect);
	}

	@PostMapping("/centers/{centerId}/invitations")
	String invite(@PathVariable UUID centerId, @RequestParam(defaultValue = "") String user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(centerId, model, response, actor -> {
			if (memberships.inviteNewcomer(actor, centerId, user, CenterRole.FACILITATOR).isEmpty()) {
				memberships.invite(actor, centerId, user.strip());
			}
			return "Invitation sent to " + user.strip() + ".";
		}, user, "facilitator", redirect);
	}

	@PostMapping("/centers/{centerId}/facilitators/{username}/removal")
	String removeFacilitator(@PathVariable UUID centerId, @PathVariable String username,
			@RequestParam(defaultValue = "") String confirmed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!"yes".equals(confirmed)) {
			return confirmRemoval(centerId, model, "facilitators", username, "Remove " + username
					+ " as a facilitator of the center?", "They can no longer bring new sessions here; the sessions "
							+ "already associated stay with the center.");
		}
		return change(centerId, model, response, actor -> {
			memberships.removeFacilitator(actor, centerId, username);
			return username + " is no longer a facilitator of the center.";
		}, username, null, redirect);
	}

	/** The confirm page of a removal, for the center's administrators only (anyone else: the center is missing). */
	private String confirmRemoval(UUID centerId, Model model, String list, String username, String question,
			String detail) {
		memberships.members(users.current(), centerId);
		model.addAttribute("question", question);
		model.addAttribute("detail", detail);
		model.addAttribute("action", "/centers/%s/%s/%s/removal".formatted(centerId, list,
				UriUtils.encodePathSegment(username, StandardCharsets.UTF_8)));
		model.addAttribute("fields", Map.of());
		model.addAttribute("confirmLabel", "Remove " + username);
		model.addAttribute("backLink", "/centers/" + centerId + "#" + list);
		return "confirm";
	}

	@ExceptionHandler(CenterNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("what", "service center");
		return "sessions/not-found";
	}

	/**
	 * A membership change, then back to the page; a refusal shows on the page (422), next to the form's field when it
	 * came from one, and changes nothing.
	 *
	 * @param field the input the person typed into, or null for a button on a list
	 */
	/** Runs the change; its result is the confirmation shown on the center's page after it. */
	private String change(UUID centerId, Model model, HttpServletResponse response,
			Function<CurrentUser, String> action, String who, String field, RedirectAttributes redirect) {
		CurrentUser actor = users.current();
		model.addAttribute("errorField", field);
		if (who.isBlank()) {
			return refused(actor, centerId, model, response, "Give a username or an email address.");
		}
		String done;
		try {
			done = action.apply(actor);
		}
		catch (MembershipRefused e) {
			return refused(actor, centerId, model, response, e.getMessage());
		}
		redirect.addFlashAttribute("flash", done);
		return "redirect:/centers/" + centerId;
	}

	private String refused(CurrentUser actor, UUID centerId, Model model, HttpServletResponse response,
			String message) {
		String page = show(actor, centerId, model, message);
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return page;
	}

	private String show(CurrentUser user, UUID centerId, Model model, String error) {
		return reads.execute(status -> read(user, centerId, model, error));
	}

	private String read(CurrentUser user, UUID centerId, Model model, String error) {
		var members = memberships.members(user, centerId);
		PageAddress address = PageAddress.of("/centers/" + centerId, request);
		SessionPhase phase = Labels.phaseNamed(address.first("sessions.phase")).orElse(null);
		// The tabs' counts tell how many sessions the list has: the list itself is not counted again.
		Map<SessionPhase, Long> perPhase = sessions.phasesOfCenter(user, centerId);
		ListPage<SessionViews.Summary> sessionPage = SESSIONS.page(
				pageable -> sessions.ofCenter(user, centerId, phase, pageable), PhaseTab.sessionsIn(perPhase, phase),
				address);
		LocalDate today = LocalDate.now(times.zone());
		model.addAttribute("members", members);
		model.addAttribute("center", members.center());
		// The user this request read, for the template's sections (groups, rooms), which would otherwise read it again.
		model.addAttribute("user", user);
		model.addAttribute("username", user.username());
		// The center's row was read with its members in this transaction: Hibernate answers from it, with no statement.
		model.addAttribute("secondFactorRequired",
				centers.find(centerId).map(ServiceCenter::requiresSecondFactor).orElse(false));
		model.addAttribute("phase", phase);
		model.addAttribute("sessions", sessionPage);
		model.addAttribute("phaseTabs", PhaseTab.over(sessionPage, perPhase, phase));
		ListPage<OpenTask> taskPage = TASKS.page(tasks.centerTaskPages(user, centerId, TASK_ORDERS), address);
		model.addAttribute("tasks", taskPage);
		// The client each task is for: two clients in one step give two tasks of the same name.
		model.addAttribute("sessionsOfTasks",
				sessions.visibleAmong(user, taskPage.getItems().stream().map(OpenTask::sessionId).toList()));
		model.addAttribute("upcoming",
				UPCOMING.page(pageable -> sessions.centersDay(user, centerId, pageable), address));
		model.addAttribute("today", times.day(Instant.now()));
		model.addAttribute("administrators", ADMINISTRATORS.page(members.administrators(), address));
		model.addAttribute("facilitators", FACILITATORS.page(members.facilitators(), address));
		model.addAttribute("reportLink", "/centers/%s/reports/%d/Q%d".formatted(centerId, today.getYear(),
				(today.getMonthValue() - 1) / 3 + 1));
		model.addAttribute("times", times);
		model.addAttribute("error", error);
		return "centers/home";
	}

}
