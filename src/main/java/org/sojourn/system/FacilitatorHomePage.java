package org.sojourn.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.sojourn.clients.ClientView;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.listing.ListPage;
import org.sojourn.listing.Listing;
import org.sojourn.listing.PageAddress;
import org.sojourn.listing.PagedQuery;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.sessions.IntegrationReminders;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.TaskOrder;
import org.sojourn.sessions.Sessions;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

	/**
	 * Oldest first by default: what has waited longest comes first. Paged in the engine's database by time and by name;
	 * by client, which the engine does not know, the facilitator's tasks are sorted here (their practice's, never more).
	 */
	private static final Listing<TaskLine> TASKS = Listing.<TaskLine>named("tasks")
		.sortable("since")
		.sortable("task")
		.sortable("client");

	private static final Map<String, TaskOrder> TASK_ORDERS = Map.of("since", TaskOrder.CREATED, "task",
			TaskOrder.NAME);

	private static final String CHOOSE_CENTER = "Choose a service center";

	/** Paged in the database; each order ends with the id so that pages neither repeat nor skip a row. */
	private static final Listing<SessionViews.Summary> SESSIONS = Listing.<SessionViews.Summary>named("sessions")
		.sortable("started", Sort.by("createdAt", "id"))
		.sortable("client",
				Sort.by(Sort.Order.asc("clientLegalName").ignoreCase(),
						Sort.Order.asc("clientPreferredName").ignoreCase(), Sort.Order.asc("createdAt"),
						Sort.Order.asc("id")))
		.sortable("phase", Sort.by("phase", "createdAt", "id"))
		.sortable("status", Sort.by("status", "phase", "createdAt", "id"))
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

	/**
	 * The page's reads (clients, sessions, the engine's task queries, reminders, invitations) share one read-only
	 * transaction: each service and engine command joins it instead of taking a connection and committing its own.
	 */
	private final TransactionTemplate reads;

	FacilitatorHomePage(Clients clients, Sessions sessions, SessionTasks tasks, IntegrationReminders reminders,
			CenterMemberships memberships, PlatformTransactionManager transactions) {
		this.clients = clients;
		this.sessions = sessions;
		this.tasks = tasks;
		this.reminders = reminders;
		this.memberships = memberships;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
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

	/**
	 * The facilitator's tasks in the engine with the sessions waiting for their center merged in (few: those the
	 * facilitator has not yet sent to a center). Engine tasks come without their client's name, which is read for the
	 * shown page only; sorted by client, all of them are named and sorted here.
	 */
	private PagedQuery<TaskLine> taskQuery(CurrentUser user, List<TaskLine> choosing) {
		PagedQuery<TaskLine> inEngine = tasks.assignedPages(user, TASK_ORDERS)
			.map(task -> new TaskLine(task.id(), task.name(), task.sessionId(), null, task.createdAt(), false));
		PagedQuery<TaskLine> merged = inEngine.mergedWith(choosing, (key, descending) -> {
			Comparator<TaskLine> order = "task".equals(key) ? Comparator.comparing(TaskLine::name)
					: Comparator.comparing(TaskLine::since);
			return descending ? order.reversed() : order;
		});
		return new PagedQuery<>() {

			@Override
			public long count() {
				return merged.count();
			}

			@Override
			public List<TaskLine> window(String key, boolean descending, int first, int max) {
				if (!"client".equals(key)) {
					return merged.window(key, descending, first, max);
				}
				List<OpenTask> all = tasks.assignedTo(user);
				Map<UUID, SessionViews.Summary> byId = sessions.visibleAmong(user,
						all.stream().map(OpenTask::sessionId).distinct().toList());
				List<TaskLine> lines = new ArrayList<>();
				all.forEach(task -> lines.add(new TaskLine(task.id(), task.name(), task.sessionId(),
						nameOf(byId.get(task.sessionId())), task.createdAt(), false)));
				lines.addAll(choosing);
				Comparator<TaskLine> byClient = Comparator.comparing(TaskLine::clientName,
						String.CASE_INSENSITIVE_ORDER);
				lines.sort(descending ? byClient.reversed() : byClient);
				return List.copyOf(lines.subList(Math.min(first, lines.size()), Math.min(first + max, lines.size())));
			}

		};
	}

	private static String nameOf(SessionViews.Summary session) {
		return session == null ? "Client" : session.client().displayName();
	}

	/**
	 * The page's lists for the facilitator, as the address asks for them. Clients and sessions are paged in the
	 * database, and what a shown row needs besides (a client's open session, a task's client) is read for the shown
	 * rows at once: the page's statements do not grow with the facilitator's practice.
	 */
	void fill(CurrentUser user, String q, PageAddress address, Model model) {
		reads.executeWithoutResult(status -> read(user, q, address, model));
	}

	private void read(CurrentUser user, String q, PageAddress address, Model model) {
		Function<SessionViews.Summary, SessionLine> line = s -> new SessionLine(s.id(), s.client().displayName(),
				s.phase(), Labels.phase(s.phase()), s.stage().words(), s.createdAt());

		model.addAttribute("q", q);
		ListPage<ClientView> clientPage = CLIENTS.page(pageable -> clients.list(user.username(), q, pageable),
				address);
		Map<UUID, SessionViews.Summary> newestOpen = sessions.newestOpenOfClients(user,
				clientPage.getItems().stream().map(ClientView::id).toList());
		model.addAttribute("clients", clientPage.map(client -> new ClientLine(client,
				newestOpen.containsKey(client.id()) ? line.apply(newestOpen.get(client.id())) : null)));

		List<SessionViews.OverdueIntegration> overdue = reminders.overdueFor(user);
		// Choosing a center is the facilitator's next step once preparation is certified, like a task.
		List<TaskLine> choosing = sessions.needingCenter(user)
			.stream()
			.map(session -> new TaskLine(null, CHOOSE_CENTER, session.id(), session.client().displayName(),
					session.createdAt(), true))
			.toList();
		ListPage<TaskLine> taskPage = TASKS.page(taskQuery(user, choosing), address);
		// Sessions are named by their own record of the client, as every other page names them: for the shown tasks.
		List<UUID> named = new ArrayList<>();
		taskPage.getItems().forEach(task -> named.add(task.sessionId()));
		overdue.forEach(reminder -> named.add(reminder.sessionId()));
		Map<UUID, SessionViews.Summary> byId = sessions.visibleAmong(user, named.stream().distinct().toList());
		model.addAttribute("tasks", taskPage.map(task -> task.clientName() != null ? task
				: new TaskLine(task.id(), task.name(), task.sessionId(), nameOf(byId.get(task.sessionId())),
						task.since(), false)));

		model.addAttribute("reminders", REMINDERS.page(overdue.stream()
			.map(reminder -> new ReminderLine(reminder.sessionId(), nameOf(byId.get(reminder.sessionId())),
					reminder.integrationSince()))
			.toList(), address));

		SessionPhase phase = Labels.phaseNamed(address.first("sessions.phase")).orElse(null);
		// The tabs' counts tell how many sessions the list has: the list itself is not counted again.
		Map<SessionPhase, Long> perPhase = sessions.phasesOfFacilitator(user);
		ListPage<SessionLine> sessionPage = SESSIONS
			.page(pageable -> sessions.ofFacilitator(user, phase, pageable), PhaseTab.sessionsIn(perPhase, phase),
					address)
			.map(line);
		model.addAttribute("phase", phase);
		model.addAttribute("sessions", sessionPage);
		model.addAttribute("phaseTabs", PhaseTab.over(sessionPage, perPhase, phase));

		model.addAttribute("invitations", INVITATIONS.page(memberships.membershipsOf(user.username())
			.stream()
			.filter(membership -> membership.status() == FacilitatorStatus.INVITED)
			.toList(), address));
	}

}
