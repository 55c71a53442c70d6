package org.sojourn.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sojourn.clients.ClientView;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.listing.ListPage;
import org.sojourn.listing.Listing;
import org.sojourn.listing.PageAddress;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.sessions.IntegrationReminders;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStage;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.Sessions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A facilitator's home: their clients with each one's current session, their open tasks, reminders, their sessions
 * by phase and invitations from centers, each list paged and sorted as they choose.
 */
@Component
class FacilitatorHomePage {

	private static final Listing<ClientView> CLIENTS = Listing.<ClientView>named("clients")
		.sortable("name", Sort.by(Sort.Order.asc("legalName").ignoreCase(), Sort.Order.asc("id")))
		.sortable("born", Sort.by("dateOfBirth", "id"));

	/** Oldest first by default: what has waited longest comes first. */
	private static final Listing<TaskLine> TASKS = Listing.<TaskLine>named("tasks")
		.sortable("since", Comparator.comparing(TaskLine::since))
		.sortable("task", Comparator.comparing(TaskLine::name))
		.sortable("client", Comparator.comparing(TaskLine::clientName, String.CASE_INSENSITIVE_ORDER));

	private static final Listing<SessionLine> SESSIONS = Listing.<SessionLine>named("sessions")
		.sortable("started", Comparator.comparing(SessionLine::startedAt))
		.sortable("client", Comparator.comparing(SessionLine::clientName, String.CASE_INSENSITIVE_ORDER))
		.sortable("phase", Comparator.comparing(SessionLine::phase))
		.sortable("status", Comparator.comparing(SessionLine::status))
		.sortedBy("-started");

	/** Longest open first: the most overdue comes first. */
	private static final Listing<ReminderLine> REMINDERS = Listing.<ReminderLine>named("reminders")
		.sortable("since", Comparator.comparing(ReminderLine::integrationSince));

	private static final Listing<CenterViews.Membership> INVITATIONS = Listing.<CenterViews.Membership>named(
			"invitations")
		.sortable("invited", Comparator.comparing(CenterViews.Membership::invitedAt))
		.sortable("center", Comparator.comparing(CenterViews.Membership::centerName, String.CASE_INSENSITIVE_ORDER))
		.sortedBy("-invited");

	private final Clients clients;

	private final Sessions sessions;

	private final SessionTasks tasks;

	private final IntegrationReminders reminders;

	private final CenterMemberships memberships;

	FacilitatorHomePage(Clients clients, Sessions sessions, SessionTasks tasks, IntegrationReminders reminders,
			CenterMemberships memberships) {
		this.clients = clients;
		this.sessions = sessions;
		this.tasks = tasks;
		this.reminders = reminders;
		this.memberships = memberships;
	}

	/** A client with the state of their newest open session (null when none is open). */
	record ClientLine(ClientView client, SessionLine openSession) {
	}

	record SessionLine(UUID id, String clientName, SessionPhase phase, String phaseLabel, String status,
			Instant startedAt) {
	}

	/** @param choosingCenter not an engine task: the session waits for the facilitator to choose its center */
	record TaskLine(String id, String name, UUID sessionId, String clientName, Instant since, boolean choosingCenter) {
	}

	record ReminderLine(UUID sessionId, String clientName, Instant integrationSince) {
	}

	private static String nameOf(SessionViews.Summary session) {
		return session == null ? "Client" : session.client().displayName();
	}

	/** The page's lists for the facilitator, as the address asks for them. */
	void fill(CurrentUser user, String q, PageAddress address, Model model) {
		List<SessionViews.Summary> mine = sessions.list(user, Pageable.unpaged())
			.stream()
			.filter(session -> session.facilitator().equals(user.username()))
			.sorted(Comparator.comparing(SessionViews.Summary::createdAt).reversed())
			.toList();
		// Sessions are named by their own record of the client, as every other page names them.
		Map<UUID, String> clientNames = new LinkedHashMap<>();
		mine.forEach(s -> clientNames.putIfAbsent(s.clientId(), s.client().displayName()));
		Function<SessionViews.Summary, SessionLine> line = s -> new SessionLine(s.id(), s.client().displayName(),
				s.phase(), Labels.phase(s.phase()), s.stage().words(), s.createdAt());
		Map<UUID, SessionLine> newestOpen = new LinkedHashMap<>();
		mine.stream()
			.filter(s -> s.status() == SessionStatus.ACTIVE)
			.forEach(s -> newestOpen.putIfAbsent(s.clientId(), line.apply(s)));

		model.addAttribute("q", q);
		model.addAttribute("clients", CLIENTS.page(pageable -> clients.list(user.username(), q, pageable), address)
			.map(client -> new ClientLine(client, newestOpen.get(client.id()))));

		Map<UUID, SessionViews.Summary> byId = mine.stream()
			.collect(Collectors.toMap(SessionViews.Summary::id, Function.identity()));
		List<TaskLine> taskLines = new ArrayList<>();
		tasks.tasksFor(user)
			.stream()
			.filter(task -> user.username().equals(task.assignee()))
			.forEach(task -> taskLines.add(new TaskLine(task.id(), task.name(), task.sessionId(),
					nameOf(byId.get(task.sessionId())), task.createdAt(), false)));
		// Choosing a center is the facilitator's next step once preparation is certified, like a task.
		mine.stream()
			.filter(session -> session.stage() == SessionStage.NEEDS_CENTER)
			.forEach(session -> taskLines.add(new TaskLine(null, "Choose a service center", session.id(),
					session.client().displayName(), session.createdAt(), true)));
		model.addAttribute("tasks", TASKS.page(taskLines, address));

		model.addAttribute("reminders", REMINDERS.page(reminders.overdueFor(user)
			.stream()
			.map(overdue -> new ReminderLine(overdue.sessionId(),
					clientNames.getOrDefault(overdue.clientId(), "Client"), overdue.integrationSince()))
			.toList(), address));

		List<SessionLine> lines = mine.stream().map(line).toList();
		SessionPhase phase = Labels.phaseNamed(address.first("sessions.phase")).orElse(null);
		ListPage<SessionLine> sessionPage = SESSIONS
			.page(lines.stream().filter(s -> phase == null || s.phase() == phase).toList(), address);
		model.addAttribute("phase", phase);
		model.addAttribute("sessions", sessionPage);
		model.addAttribute("phaseTabs", PhaseTab.over(sessionPage,
				lines.stream().collect(Collectors.groupingBy(SessionLine::phase, Collectors.counting())), phase));

		model.addAttribute("invitations", INVITATIONS.page(memberships.membershipsOf(user.username())
			.stream()
			.filter(membership -> membership.status() == FacilitatorStatus.INVITED)
			.toList(), address));
	}

}
