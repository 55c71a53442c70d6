package org.sojourn.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionWorkflow;
import org.springframework.stereotype.Component;

/** The one class that drives the engine for Sojourn: start, correlate, query and complete. */
@Component
class SessionProcessEngine implements SessionWorkflow {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	SessionProcessEngine(RuntimeService runtime, TaskService tasks, IdentityService identity) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.identity = identity;
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
		if (waiting) {
			runtime.createMessageCorrelation(SessionProcess.MESSAGE_CENTER_ASSOCIATED)
				.processInstanceBusinessKey(businessKey)
				.setVariables(assignment)
				.correlate();
		}
		else {
			runtime.setVariables(instanceOf(session.getId()).getId(), assignment);
		}
	}

	@Override
	public void cancel(UUID sessionId) {
		runtime.createMessageCorrelation(SessionProcess.MESSAGE_SESSION_CANCELLED)
			.processInstanceBusinessKey(sessionId.toString())
			.correlate();
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
		return views(tasks.createTaskQuery().processInstanceBusinessKey(sessionId.toString()));
	}

	@Override
	public List<OpenTask> tasksFor(String username, Collection<String> groups) {
		TaskQuery query = tasks.createTaskQuery().or().taskAssignee(username);
		if (!groups.isEmpty()) {
			query.taskCandidateGroupIn(List.copyOf(groups));
		}
		return views(query.endOr());
	}

	@Override
	public List<OpenTask> tasksOfGroup(String group) {
		return views(tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks());
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
			if (e.getCause() instanceof RuntimeException domain) {
				throw domain;
			}
			throw e;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private ProcessInstance instanceOf(UUID sessionId) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(sessionId.toString()).singleResult();
	}

	private List<OpenTask> views(TaskQuery query) {
		List<Task> found = query.processDefinitionKey(SessionProcess.PROCESS_KEY)
			.initializeFormKeys()
			.orderByTaskCreateTime()
			.asc()
			.list();
		if (found.isEmpty()) {
			return List.of();
		}
		Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> sessionByInstance = runtime.createProcessInstanceQuery()
			.processInstanceIds(instanceIds)
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		return found.stream().map(task -> view(task, sessionByInstance)).toList();
	}

	private OpenTask view(Task task, Map<String, String> sessionByInstance) {
		List<String> groups = tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.toList();
		return new OpenTask(task.getId(), task.getName(), SessionProcess.STEP_BY_TASK.get(task.getTaskDefinitionKey()),
				UUID.fromString(sessionByInstance.get(task.getProcessInstanceId())),
				task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(), task.getAssignee(), groups,
				task.getCreateTime().toInstant());
	}

}
