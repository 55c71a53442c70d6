package org.sojourn.sessions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.sojourn.listing.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The user's open tasks with their forms, and their completion. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final SessionTasks tasks;

	private final Sessions sessions;

	private final CurrentUsers users;

	/**
	 * The reads of one answer (the engine's task query, its instances' business keys, the candidate groups, the
	 * sessions' clients) share one read-only transaction: the engine's commands join it instead of each committing
	 * their own, and the answer is read from one connection.
	 */
	private final TransactionTemplate reads;

	TaskController(SessionTasks tasks, Sessions sessions, CurrentUsers users, PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.sessions = sessions;
		this.users = users;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
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

	/**
	 * A page of the user's open tasks, oldest first, paged in the engine's database; a {@code Link} header with
	 * {@code rel="next"} names the next page when there is one. The answer stays a plain array, as it always was.
	 */
	@GetMapping
	ResponseEntity<List<TaskView>> list(@RequestParam(required = false) UUID sessionId,
			@SortableBy({}) @PageableDefault(size = 20) Pageable pageable, HttpServletRequest request) {
		CurrentUser user = users.current();
		int size = pageable.getPageSize();
		// The page is read with one task more than shown, to know whether there is a next page; only the shown ones
		// are named.
		Shown shown = reads.execute(status -> {
			List<OpenTask> page = tasks.tasksFor(user, sessionId, pageable.getPageNumber(), size);
			boolean more = page.size() > size;
			return new Shown(named(user, more ? page.subList(0, size) : page), more);
		});
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (shown.more()) {
			String next = ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("page", pageable.getPageNumber() + 1)
				.replaceQueryParam("size", size)
				.build()
				.toUriString();
			answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return answer.body(shown.tasks());
	}

	private record Shown(List<TaskView> tasks, boolean more) {
	}

	@GetMapping("/{taskId}")
	TaskView get(@PathVariable String taskId) {
		CurrentUser user = users.current();
		return reads.execute(status -> named(user, List.of(tasks.task(user, taskId))).get(0));
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
