package org.sojourn.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
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

	private final CurrentUsers users;

	TaskController(SessionTasks tasks, CurrentUsers users) {
		this.tasks = tasks;
		this.users = users;
	}

	/** @param data the form's values by field key, as Tasklist would submit them */
	record Completion(@NotNull(message = "Send the form's values in 'data'.") Map<String, Object> data) {
	}

	@GetMapping
	List<OpenTask> list() {
		return tasks.tasksFor(users.current());
	}

	@GetMapping("/{taskId}")
	OpenTask get(@PathVariable String taskId) {
		return tasks.task(users.current(), taskId);
	}

	@PostMapping("/{taskId}/completion")
	ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody Completion completion) {
		tasks.complete(users.current(), taskId, completion.data());
		return ResponseEntity.noContent().build();
	}

}
