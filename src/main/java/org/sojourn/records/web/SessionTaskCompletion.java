package org.sojourn.records.web;

import java.util.Map;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionTasks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task of a session done on its page: the form rendered there is sent here (JSON, with the page's CSRF token) and
 * completed through the same path as the API and Tasklist. A REST controller, so that a refusal answers the API's
 * problem detail (with the field at fault) for the page's script to show, and the task stays open.
 */
@RestController
class SessionTaskCompletion {

	private final SessionTasks tasks;

	private final CurrentUsers users;

	SessionTaskCompletion(SessionTasks tasks, CurrentUsers users) {
		this.tasks = tasks;
		this.users = users;
	}

	/** What the page opens next: the session's next step, when it is the user's too. */
	record Completed(String next) {
	}

	@PostMapping(path = "/sessions/{sessionId}/tasks/{taskId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Completed> complete(@PathVariable UUID sessionId, @PathVariable String taskId,
			@RequestBody Map<String, Object> data) {
		CurrentUser user = users.current();
		SessionTaskPage.taskOf(tasks, user, sessionId, taskId);
		tasks.complete(user, taskId, data);
		// The session's own next task, read in the engine's database rather than among all of the user's tasks.
		String next = tasks.tasksFor(user, sessionId, 0, 1)
			.stream()
			.map(OpenTask::id)
			.findFirst()
			.orElse(null);
		return ResponseEntity.ok(new Completed(next));
	}

}
