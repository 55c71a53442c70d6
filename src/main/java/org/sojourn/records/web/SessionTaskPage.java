package org.sojourn.records.web;

import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.TaskConflict;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A center's task claimed on its session's page; the form of a task is sent to {@link SessionTaskCompletion}.
 */
@Controller
class SessionTaskPage {

	private final SessionTasks tasks;

	private final CurrentUsers users;

	SessionTaskPage(SessionTasks tasks, CurrentUsers users) {
		this.tasks = tasks;
		this.users = users;
	}

	@PostMapping("/sessions/{sessionId}/tasks/{taskId}/claim")
	String claim(@PathVariable UUID sessionId, @PathVariable String taskId) {
		CurrentUser user = users.current();
		taskOf(tasks, user, sessionId, taskId);
		try {
			tasks.claim(user, taskId);
		}
		catch (TaskConflict e) {
			// Someone else was quicker: the page shows who holds the task now.
		}
		return "redirect:/sessions/" + sessionId + "#task-" + taskId;
	}

	/** The task must belong to the session in the address: a task of another session is missing here. */
	static void taskOf(SessionTasks tasks, CurrentUser user, UUID sessionId, String taskId) {
		OpenTask task = openOrConflict(tasks, user, taskId);
		if (task != null && !task.sessionId().equals(sessionId)) {
			throw SessionNotFound.forTask(taskId);
		}
	}

	/** The open task, or null when it is no longer open: the completion or claim then says what became of it. */
	private static OpenTask openOrConflict(SessionTasks tasks, CurrentUser user, String taskId) {
		try {
			return tasks.task(user, taskId);
		}
		catch (SessionNotFound e) {
			return null;
		}
	}

}
