package org.sojourn.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionWorkflow;
import org.sojourn.sessions.TaskConflict;
import org.sojourn.sessions.TaskOrder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The one class that drives the engine for Sojourn: start, correlate, query and complete. */
@Component
class SessionProcessEngine implements SessionWorkflow {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	private final TaskConflicts conflicts;

	private final CandidateGroups candidateGroups;

	/**
	 * A list of tasks is three reads (the tasks, their instances' business keys, their candidate groups): they share
	 * one read-only transaction, or the caller's when there is one, instead of two engine commands committing one
	 * each and the candidate groups read in auto-commit.
	 */
	private final TransactionTemplate taskReads;

	SessionProcessEngine(RuntimeService runtime, TaskService tasks, IdentityService identity,
			TaskConflicts conflicts, CandidateGroups candidateGroups, PlatformTransactionManager transactions) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.identity = identity;
		this.conflicts = conflicts;
		this.candidateGroups = candidateGroups;
		this.taskReads = new TransactionTemplate(transactions);
		this.taskReads.setReadOnly(true);
	}

	@Override
	public void start(Session session) {
		runtime.startProcessInstanceByKey(SessionProcess.PROCESS_KEY, session.getId().toString(),
				SessionProcess.assignmentOf(session));
	}

	@Override
	public void centerAssociated(Session session) {
		String businessKey = session.getId().toString();
		Map<String, Object> assignment = SessionProcess.assignmentOf(session);
		boolean waiting = runtime.createExecutionQuery()
			.processInstanceBusinessKey(businessKey)
			.activityId(SessionProcess.WAIT_FOR_CENTER)
			.count() > 0;
		reportingConflicts(() -> {
			if (waiting) {
				runtime.createMessageCorrelation(SessionProcess.MESSAGE_CENTER_ASSOCIATED)
					.processInstanceBusinessKey(businessKey)
					.setVariables(assignment)
					.correlate();
			}
			else {
				runtime.setVariables(instanceOf(session.getId()).getId(), assignment);
			}
		});
	}

	@Override
	public void cancel(UUID sessionId) {
		reportingConflicts(() -> runtime.createMessageCorrelation(SessionProcess.MESSAGE_SESSION_CANCELLED)
			.processInstanceBusinessKey(sessionId.toString())
			.correlate());
	}

	@Override
	public boolean waitsForCenter(UUID sessionId) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(sessionId.toString())
			.activityId(SessionProcess.WAIT_FOR_CENTER)
			.count() > 0;
	}

	@Override
	public List<OpenTask> openTasks(UUID sessionId) {
		// The tasks' session is the one asked for: their instances need not be read for their business keys.
		return taskReads.execute(status -> views(
				ordered(tasks.createTaskQuery().processInstanceBusinessKey(sessionId.toString())).list(),
				found -> found.stream()
					.map(Task::getProcessInstanceId)
					.distinct()
					.collect(Collectors.toMap(instanceId -> instanceId, instanceId -> sessionId.toString()))));
	}

	@Override
	public List<OpenTask> tasksFor(String username, Collection<String> groups) {
		return views(userTasks(username, groups));
	}

	@Override
	public List<OpenTask> tasksFor(String username, Collection<String> groups, UUID sessionId, int first, int max) {
		TaskQuery query = userTasks(username, groups);
		if (sessionId != null) {
			query.processInstanceBusinessKey(sessionId.toString());
		}
		return views(query, first, max);
	}

	private TaskQuery userTasks(String username, Collection<String> groups) {
		TaskQuery query = tasks.createTaskQuery().or().taskAssignee(username);
		if (!groups.isEmpty()) {
			query.taskCandidateGroupIn(List.copyOf(groups));
		}
		return query.endOr();
	}

	@Override
	public long countAssignedTo(String username) {
		return sessionTasks(tasks.createTaskQuery().taskAssignee(username)).count();
	}

	@Override
	public List<OpenTask> assignedTo(String username, TaskOrder order, boolean descending, int first, int max) {
		return page(() -> tasks.createTaskQuery().taskAssignee(username), order, descending, first, max);
	}

	@Override
	public long countOfGroup(String group) {
		return sessionTasks(ofGroup(group)).count();
	}

	@Override
	public List<OpenTask> tasksOfGroup(String group, TaskOrder order, boolean descending, int first, int max) {
		return page(() -> ofGroup(group), order, descending, first, max);
	}

	@Override
	public List<OpenTask> tasksOfGroup(String group, Collection<UUID> sessionIds) {
		if (sessionIds.isEmpty()) {
			return List.of();
		}
		return views(ofGroup(group)
			.processInstanceBusinessKeyIn(sessionIds.stream().map(UUID::toString).distinct().toArray(String[]::new)));
	}

	private TaskQuery ofGroup(String group) {
		return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
	}

	/**
	 * One page of the query's tasks in the order given, read in the database. Claimed-by puts unclaimed tasks first
	 * whatever the database's place for nulls: it reads the unclaimed and then the claimed ones as two lists, one
	 * after the other, each only as far as the page reaches into it.
	 */
	private List<OpenTask> page(Supplier<TaskQuery> query, TaskOrder order, boolean descending, int first, int max) {
		if (order != TaskOrder.ASSIGNEE) {
			return views(inOrder(sessionTasks(query.get()), order, descending).listPage(first, max));
		}
		TaskQuery unclaimed = inOrder(sessionTasks(query.get()).taskUnassigned(), TaskOrder.CREATED, false);
		TaskQuery claimed = inOrder(sessionTasks(query.get()).taskAssigned(), order, descending);
		TaskQuery leading = descending ? claimed : unclaimed;
		TaskQuery trailing = descending ? unclaimed : claimed;
		long leadingCount = (descending ? sessionTasks(query.get()).taskAssigned()
				: sessionTasks(query.get()).taskUnassigned()).count();
		List<Task> found = new ArrayList<>();
		if (first < leadingCount) {
			found.addAll(leading.listPage(first, max));
		}
		if (first + max > leadingCount) {
			int intoTrailing = (int) Math.max(0, first - leadingCount);
			found.addAll(trailing.listPage(intoTrailing, max - found.size()));
		}
		return views(found);
	}

	/** Only tasks of sessions, with their form keys (a task's form is shown with it). */
	private static TaskQuery sessionTasks(TaskQuery query) {
		return query.processDefinitionKey(SessionProcess.PROCESS_KEY).initializeFormKeys();
	}

	private static TaskQuery inOrder(TaskQuery query, TaskOrder order, boolean descending) {
		if (order == TaskOrder.CREATED) {
			direction(query.orderByTaskCreateTime(), descending).orderByTaskId();
			return direction(query, descending);
		}
		TaskQuery byKey = order == TaskOrder.NAME ? query.orderByTaskName() : query.orderByTaskAssignee();
		// Among tasks equal in the key, oldest first in both directions, as the page always showed them.
		return direction(byKey, descending).orderByTaskCreateTime().asc().orderByTaskId().asc();
	}

	private static TaskQuery direction(TaskQuery query, boolean descending) {
		return descending ? query.desc() : query.asc();
	}

	@Override
	public Optional<OpenTask> openTask(String taskId) {
		return views(tasks.createTaskQuery().taskId(taskId)).stream().findFirst();
	}

	@Override
	public void complete(String taskId, Map<String, Object> values, String username, List<String> groups) {
		identity.setAuthentication(username, groups);
		try {
			tasks.complete(taskId, Variables.fromMap(values));
		}
		catch (FormFieldValidationException e) {
			RuntimeException refusal = e.getCause() instanceof RuntimeException domain ? domain : e;
			// A refusal that read the task while someone else completed or claimed it: the conflict is the reason.
			throw conflicts.explain(taskId, username, refusal)
				.filter(TaskConflict.class::isInstance)
				.orElse(refusal);
		}
		catch (RuntimeException e) {
			// Anything else the completion ran into, down to the engine tripping over an instance deleted while it read
			// it, is explained by what became of the task. The task was open for the user a moment ago: a permission it
			// no longer grants means it is not theirs now.
			throw conflicts.explain(taskId, username, e)
				.orElseGet(() -> e instanceof AuthorizationException ? SessionNotFound.forTask(taskId) : e);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	@Override
	public void claim(String taskId, String username, List<String> groups) {
		identity.setAuthentication(username, groups);
		try {
			tasks.claim(taskId, username);
		}
		catch (RuntimeException e) {
			throw conflicts.explain(taskId, username, e)
				.orElseGet(() -> e instanceof AuthorizationException ? SessionNotFound.forTask(taskId) : e);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	@Override
	public RuntimeException notOpenFor(String taskId, String username) {
		return conflicts.explain(taskId, username, null).orElseGet(() -> SessionNotFound.forTask(taskId));
	}

	/**
	 * Another transaction changed the session's instance at the same moment: reported as Spring's optimistic locking
	 * failure, which the API answers with 409. These calls run inside the caller's transaction and are not run again.
	 */
	private static void reportingConflicts(Runnable engineCall) {
		try {
			engineCall.run();
		}
		catch (ProcessEngineException e) {
			if (ConcurrencyFailures.isConcurrencyFailure(e)) {
				throw new OptimisticLockingFailureException("The session's process changed concurrently", e);
			}
			throw e;
		}
	}

	private ProcessInstance instanceOf(UUID sessionId) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(sessionId.toString()).singleResult();
	}

	private List<OpenTask> views(TaskQuery query) {
		return taskReads.execute(status -> views(ordered(query).list()));
	}

	/** A page of the query's tasks in the database, in the same order as the whole list. */
	private List<OpenTask> views(TaskQuery query, int first, int max) {
		return taskReads.execute(status -> views(ordered(query).orderByTaskId().asc().listPage(first, max)));
	}

	private static TaskQuery ordered(TaskQuery query) {
		return query.processDefinitionKey(SessionProcess.PROCESS_KEY).initializeFormKeys().orderByTaskCreateTime().asc();
	}

	private List<OpenTask> views(List<Task> found) {
		return views(found, this::sessionsOfInstances);
	}

	/** The business key (the session's id) of each task's instance that is still running. */
	private Map<String, String> sessionsOfInstances(List<Task> found) {
		Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		return runtime.createProcessInstanceQuery()
			.processInstanceIds(instanceIds)
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}

	/** @param sessionsOf the session's id by instance id of the tasks found */
	private List<OpenTask> views(List<Task> found, Function<List<Task>, Map<String, String>> sessionsOf) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, String> sessionByInstance = sessionsOf.apply(found);
		// Candidate groups of all the tasks in one read, not one per task.
		Map<String, List<String>> groupsByTask = candidateGroups.of(found.stream().map(Task::getId).toList());
		// A task completed (or an instance ended) between these reads is no longer open: it is left out.
		return found.stream()
			.filter(task -> sessionByInstance.containsKey(task.getProcessInstanceId()))
			.map(task -> new OpenTask(task.getId(), task.getName(),
					SessionProcess.STEP_BY_TASK.get(task.getTaskDefinitionKey()),
					UUID.fromString(sessionByInstance.get(task.getProcessInstanceId())),
					task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(), task.getAssignee(),
					groupsByTask.getOrDefault(task.getId(), List.of()), task.getCreateTime().toInstant()))
			.toList();
	}

}
