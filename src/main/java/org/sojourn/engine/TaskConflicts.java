package org.sojourn.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.TaskConflict;
import org.springframework.stereotype.Component;

/**
 * Says why a user could not complete or claim a task when another person's act explains it: the task was completed,
 * ended, or claimed by another administrator, or its session changed at the same moment. A task that was never the
 * user's to act on is missing to them, whatever became of it, so that ids cannot be probed. Every door (Sojourn's
 * API, engine REST) answers from here.
 */
@Component
class TaskConflicts {

	private static final String COMPLETED = "completed";

	private final TaskService tasks;

	private final HistoryService history;

	private final IdentityService identity;

	private final EngineGroups groups;

	TaskConflicts(TaskService tasks, HistoryService history, IdentityService identity, EngineGroups groups) {
		this.tasks = tasks;
		this.history = history;
		this.identity = identity;
		this.groups = groups;
	}

	/**
	 * What the failure of the user's act on the task comes to: a {@link TaskConflict}, {@link SessionNotFound} when
	 * the task is gone and never was theirs, or nothing when neither explains it (a refused form, a missing permission
	 * on a task nobody took from them), so that the failure stands as it is.
	 *
	 * @param failure the failure, or {@code null} when the task was not found open for the user before acting
	 */
	Optional<RuntimeException> explain(String taskId, String username, Throwable failure) {
		TaskConflict told = find(failure, TaskConflict.class);
		if (told != null) {
			return Optional.of(told);
		}
		TaskAlreadyClaimedException claimed = find(failure, TaskAlreadyClaimedException.class);
		if (claimed != null) {
			return Optional.of(TaskConflict.claimedBy(claimed.getTaskAssignee()));
		}
		return unrestricted(() -> afterwards(taskId, username, failure));
	}

	/** Reads the task as it is now, open or ended. */
	private Optional<RuntimeException> afterwards(String taskId, String username, Throwable failure) {
		Task open = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (open != null) {
			if (open.getAssignee() != null && !open.getAssignee().equals(username)
					&& offeredTo(openCandidateGroups(taskId), username)) {
				return Optional.of(TaskConflict.claimedBy(open.getAssignee()));
			}
			// A missing permission on a task nobody took from the user stands as the engine's refusal.
			boolean changedMeanwhile = ConcurrencyFailures.isConcurrencyFailure(failure)
					&& find(failure, AuthorizationException.class) == null;
			return changedMeanwhile ? Optional.of(TaskConflict.changed()) : Optional.empty();
		}
		HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
		if (ended != null && (username.equals(ended.getAssignee()) || offeredTo(historicCandidateGroups(taskId), username))) {
			return Optional.of(COMPLETED.equals(ended.getDeleteReason()) ? TaskConflict.completed() : TaskConflict.closed());
		}
		if (find(failure, AuthorizationException.class) != null) {
			return Optional.empty();
		}
		return Optional.of(SessionNotFound.forTask(taskId));
	}

	private boolean offeredTo(List<String> candidateGroups, String username) {
		if (candidateGroups.isEmpty()) {
			return false;
		}
		List<String> own = groups.of(username);
		return candidateGroups.stream().anyMatch(own::contains);
	}

	private List<String> openCandidateGroups(String taskId) {
		try {
			return tasks.getIdentityLinksForTask(taskId)
				.stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(link -> link.getGroupId())
				.toList();
		}
		catch (RuntimeException endedWhileRead) {
			return List.of();
		}
	}

	private List<String> historicCandidateGroups(String taskId) {
		return history.createHistoricIdentityLinkLogQuery()
			.taskId(taskId)
			.type(IdentityLinkType.CANDIDATE)
			.list()
			.stream()
			.map(HistoricIdentityLinkLog::getGroupId)
			.filter(group -> group != null)
			.toList();
	}

	/**
	 * Runs the queries without the caller's engine authorization, which would hide the task's history; what the
	 * caller learns is decided above from the task's assignee and candidate groups.
	 */
	private <T> T unrestricted(Supplier<T> queries) {
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return queries.get();
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
		}
	}

	private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
