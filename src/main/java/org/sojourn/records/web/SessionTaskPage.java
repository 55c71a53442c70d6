package org.sojourn.records.web;

import java.util.Map;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.TaskConflict;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A task of a session done on its page: the form rendered there is sent here (JSON, with the page's CSRF token) and
 * completed through the same path as the API and Tasklist; a center task is claimed here. A refusal answers the
 * API's problem detail (with the field at fault), and the task stays open.
 */
@Controller
class SessionTaskPage {

	private final SessionTasks tasks;

	private final CurrentUsers users;

	SessionTaskPage(SessionTasks tasks, CurrentUsers users) {
		this.tasks = tasks;
		this.users = users;
	}

	/** What the page opens next: the session's next step, when it is the user's too. */
	record Completed(String next) {
	}

	@PostMapping(path = "/sessions/{sessionId}/tasks/{taskId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Completed> complete(@PathVariable UUID sessionId, @PathVariable String taskId,
			@RequestBody Map<String, Object> data) {
		CurrentUser user = users.current();
		taskOf(user, sessionId, taskId);
		tasks.complete(user, taskId, data);
		String next = tasks.tasksFor(user)
			.stream()
			.filter(task -> task.sessionId().equals(sessionId))
			.map(OpenTask::id)
			.findFirst()
			.orElse(null);
		return ResponseEntity.ok(new Completed(next));
	}

	@PostMapping("/sessions/{sessionId}/tasks/{taskId}/claim")
	String claim(@PathVariable UUID sessionId, @PathVariable String taskId) {
		CurrentUser user = users.current();
		taskOf(user, sessionId, taskId);
		try {
			tasks.claim(user, taskId);
		}
		catch (TaskConflict e) {
			// Someone else was quicker: the page shows who holds the task now.
		}
		return "redirect:/sessions/" + sessionId + "#task-" + taskId;
	}

	/** The task must belong to the session in the address: a task of another session is missing here. */
	private void taskOf(CurrentUser user, UUID sessionId, String taskId) {
		OpenTask task = openOrConflict(user, taskId);
		if (task != null && !task.sessionId().equals(sessionId)) {
			throw SessionNotFound.forTask(taskId);
		}
	}

	/** The open task, or null when it is no longer open: the completion or claim then says what became of it. */
	private OpenTask openOrConflict(CurrentUser user, String taskId) {
		try {
			return tasks.task(user, taskId);
		}
		catch (SessionNotFound e) {
			return null;
		}
	}

}
