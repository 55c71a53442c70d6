package org.sojourn.sessions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.sojourn.forms.FormSchemas;
import org.sojourn.identity.CurrentUser;
import org.sojourn.listing.PagedQuery;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.stereotype.Service;

/** Open tasks of sessions, as the user sees them: assigned to them or offered to their center. */
@Service
public class SessionTasks {

	private final SessionWorkflow engine;

	private final FormSchemas schemas;

	SessionTasks(SessionWorkflow engine, FormSchemas schemas) {
		this.engine = engine;
		this.schemas = schemas;
	}

	public List<OpenTask> tasksFor(CurrentUser user) {
		return engine.tasksFor(user.username(), groupsOf(user));
	}

	/**
	 * One page of the user's tasks, oldest first, of one session when sessionId is given; the page holds one task more
	 * than asked when there are more, so that a caller knows without counting them all.
	 */
	public List<OpenTask> tasksFor(CurrentUser user, UUID sessionId, int page, int size) {
		return engine.tasksFor(user.username(), groupsOf(user), sessionId, Math.multiplyExact(page, size), size + 1);
	}

	/** The open tasks assigned to the user themselves, without those offered to their centers. */
	public List<OpenTask> assignedTo(CurrentUser user) {
		return engine.tasksFor(user.username(), List.of());
	}

	/**
	 * The open tasks assigned to the user themselves, paged and ordered in the engine's database: what a list of them
	 * shows reads only its page.
	 *
	 * @param orders the engine's order of each of the list's sort keys
	 */
	public PagedQuery<OpenTask> assignedPages(CurrentUser user, Map<String, TaskOrder> orders) {
		String username = user.username();
		return pages(orders, () -> engine.countAssignedTo(username),
				(order, descending, first, max) -> engine.assignedTo(username, order, descending, first, max));
	}

	/**
	 * The open tasks of a center's administrators, claimed by one of them or not yet, paged and ordered in the engine's
	 * database; none for anyone who does not administer it.
	 *
	 * @param orders the engine's order of each of the list's sort keys
	 */
	public PagedQuery<OpenTask> centerTaskPages(CurrentUser user, UUID centerId, Map<String, TaskOrder> orders) {
		if (!user.administers(centerId)) {
			return pages(orders, () -> 0, (order, descending, first, max) -> List.of());
		}
		String group = ServiceCenter.administratorsGroup(centerId);
		return pages(orders, () -> engine.countOfGroup(group),
				(order, descending, first, max) -> engine.tasksOfGroup(group, order, descending, first, max));
	}

	/** At most {@code max} tasks from the {@code first} (from 0), in the engine's order. */
	@FunctionalInterface
	private interface Window {

		List<OpenTask> read(TaskOrder order, boolean descending, int first, int max);

	}

	/** A list of tasks counted and read a window at a time, each of the list's keys in its engine order. */
	private static PagedQuery<OpenTask> pages(Map<String, TaskOrder> orders, LongSupplier count, Window window) {
		return new PagedQuery<>() {

			@Override
			public long count() {
				return count.getAsLong();
			}

			@Override
			public List<OpenTask> window(String key, boolean descending, int first, int max) {
				TaskOrder order = orders.get(key);
				if (order == null) {
					throw new IllegalArgumentException("The engine does not order tasks by " + key);
				}
				return window.read(order, descending, first, max);
			}

		};
	}

	/**
	 * The open tasks of a center's administrators of these sessions only; none for anyone who does not administer
	 * it.
	 */
	public List<OpenTask> centerTasks(CurrentUser user, UUID centerId, Collection<UUID> sessionIds) {
		if (!user.administers(centerId)) {
			return List.of();
		}
		return engine.tasksOfGroup(ServiceCenter.administratorsGroup(centerId), sessionIds);
	}

	public OpenTask task(CurrentUser user, String taskId) {
		return engine.openTask(taskId)
			.filter(task -> task.isFor(user.username(), groupsOf(user)))
			.orElseThrow(() -> SessionNotFound.forTask(taskId));
	}

	/**
	 * Completes the task with the form's values, through the same engine path as Tasklist. A task that someone else
	 * completed or claimed meanwhile is refused with {@link TaskConflict}.
	 */
	public void complete(CurrentUser user, String taskId, Map<String, Object> values) {
		OpenTask task = engine.openTask(taskId)
			.filter(open -> open.isFor(user.username(), groupsOf(user)))
			.orElseThrow(() -> engine.notOpenFor(taskId, user.username()));
		schemas.forForm(task.formId()).checkKnownKeys(values.keySet());
		engine.complete(taskId, values, user.username(), groupsOf(user));
	}

	/**
	 * Claims an unclaimed task offered to the user's center, so that the others see who has it. A task already
	 * claimed by someone else, or done meanwhile, is refused with {@link TaskConflict}.
	 */
	public void claim(CurrentUser user, String taskId) {
		OpenTask task = engine.openTask(taskId)
			.filter(open -> open.isFor(user.username(), groupsOf(user)))
			.orElseThrow(() -> engine.notOpenFor(taskId, user.username()));
		if (task.assignee() == null) {
			engine.claim(taskId, user.username(), groupsOf(user));
		}
	}

	/** The engine groups of a user: one per center they administer. */
	public static List<String> groupsOf(CurrentUser user) {
		List<String> groups = new ArrayList<>();
		user.administeredCenters().forEach(centerId -> groups.add(ServiceCenter.administratorsGroup(centerId)));
		return groups;
	}

}
