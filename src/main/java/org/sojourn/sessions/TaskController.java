package org.sojourn.sessions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The user's open tasks with their forms, and their completion. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final SessionTasks tasks;

	private final Sessions sessions;

	private final CurrentUsers users;

	TaskController(SessionTasks tasks, Sessions sessions, CurrentUsers users) {
		this.tasks = tasks;
		this.sessions = sessions;
		this.users = users;
	}

	/**
	 * A task with whose session it is, so that two tasks of one step for two clients can be told apart.
	 *
	 * @param client the session record's client; only ever shown to those who may see the session
	 */
	record TaskView(@JsonUnwrapped OpenTask task, SessionClient client) {
	}

	/** @param data the form's values by field key, as Tasklist would submit them */
	record Completion(@NotNull(message = "Send the form's values in 'data'.") Map<String, Object> data) {
	}

	@GetMapping
	List<TaskView> list() {
		CurrentUser user = users.current();
		return named(user, tasks.tasksFor(user));
	}

	@GetMapping("/{taskId}")
	TaskView get(@PathVariable String taskId) {
		CurrentUser user = users.current();
		return named(user, List.of(tasks.task(user, taskId))).get(0);
	}

	private List<TaskView> named(CurrentUser user, List<OpenTask> open) {
		Map<UUID, SessionViews.Summary> byId = sessions.visibleAmong(user,
				open.stream().map(OpenTask::sessionId).distinct().toList());
		return open.stream()
			.map(task -> new TaskView(task,
					byId.containsKey(task.sessionId()) ? byId.get(task.sessionId()).client() : null))
			.toList();
	}

	@PostMapping("/{taskId}/completion")
	ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody Completion completion) {
		tasks.complete(users.current(), taskId, completion.data());
		return ResponseEntity.noContent().build();
	}

}
