package org.sojourn.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a session's life asks of its process instance. The {@code engine} module implements it, so that sessions and
 * their record depend on no engine type and the engine, which calls back into them on every completion, sits above.
 */
public interface SessionWorkflow {

	void start(Session session);

	/** The center changed: later center tasks go to its group, and a session waiting for a center goes on. */
	void centerAssociated(Session session);

	void cancel(UUID sessionId);

	/** Whether the session's instance waits for a service center to be associated. */
	boolean waitsForCenter(UUID sessionId);

	List<OpenTask> openTasks(UUID sessionId);

	/** Tasks assigned to the user or offered to one of their groups. */
	List<OpenTask> tasksFor(String username, Collection<String> groups);

	/**
	 * One page of the tasks assigned to the user or offered to one of their groups, oldest first, read in the engine's
	 * database: at most {@code max} tasks from the {@code first}, of one session's instance when sessionId is given.
	 */
	List<OpenTask> tasksFor(String username, Collection<String> groups, UUID sessionId, int first, int max);

	/** How many open tasks are assigned to the user themselves, without those offered to their groups. */
	long countAssignedTo(String username);

	/** One page of the tasks assigned to the user themselves, read in the engine's database in the order given. */
	List<OpenTask> assignedTo(String username, TaskOrder order, boolean descending, int first, int max);

	/** How many open tasks are offered to the group, claimed by one of its members or not. */
	long countOfGroup(String group);

	/** One page of the tasks offered to the group, claimed or not, read in the engine's database in the order given. */
	List<OpenTask> tasksOfGroup(String group, TaskOrder order, boolean descending, int first, int max);

	/** The tasks offered to the group, claimed or not, of these sessions only. */
	List<OpenTask> tasksOfGroup(String group, Collection<UUID> sessionIds);

	Optional<OpenTask> openTask(String taskId);

	/**
	 * Completes a task as the given user, through the same path as Tasklist: the engine checks the user's permission
	 * and runs the completion listener, whose refusal comes back as the domain's own exception, and a completion that
	 * lost to another person's act as {@link TaskConflict}.
	 */
	void complete(String taskId, Map<String, Object> values, String username, List<String> groups);

	/**
	 * Claims a center's task for one of its administrators, as Tasklist's "Claim" does: the engine checks the user's
	 * permission; a task someone else claimed or completed meanwhile is a {@link TaskConflict}.
	 */
	void claim(String taskId, String username, List<String> groups);

	/**
	 * Why a task is not open for the user: completed, ended or claimed by someone else meanwhile (a
	 * {@link TaskConflict}), or missing to them.
	 */
	RuntimeException notOpenFor(String taskId, String username);

}
