package org.sojourn.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.forms.FormDataInvalid;
import org.sojourn.forms.FormSchemas;
import org.sojourn.records.SessionRecorder;
import org.sojourn.records.StepCompletion;
import org.sojourn.records.StepOutcome;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionActionRefused;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.TaskConflict;
import org.springframework.stereotype.Component;

/**
 * Runs on the completion of every user task, whichever door it came through (Tasklist, engine REST, Sojourn's API):
 * checks who completes it, hands the form to the session record, sets the routing flags, and removes the form's
 * values from the engine. A refusal surfaces as a form validation error (HTTP 400 on the engine REST API; 409 for a
 * task another administrator claimed, see {@link TaskConflicts}) and rolls the whole completion back, so the task
 * stays open and nothing is written.
 */
@Component
class TaskCompletionListener implements TaskListener {

	private static final Logger log = LoggerFactory.getLogger(TaskCompletionListener.class);

	private final SessionRecorder recorder;

	private final FormSchemas schemas;

	private final EngineGroups groups;

	TaskCompletionListener(SessionRecorder recorder, FormSchemas schemas, EngineGroups groups) {
		this.recorder = recorder;
		this.schemas = schemas;
		this.groups = groups;
	}

	@Override
	public void notify(DelegateTask task) {
		SessionStep step = SessionProcess.STEP_BY_TASK.get(task.getTaskDefinitionKey());
		String formId = task.getBpmnModelElementInstance().getCamundaFormRef();
		Set<String> fields = schemas.forForm(formId).keys();
		String actor = checkActor(task);
		checkOnlyFormFields(task, fields);
		Map<String, Object> submitted = new HashMap<>();
		fields.forEach(field -> submitted.put(field, task.getVariable(field)));
		UUID sessionId = UUID.fromString(task.getExecution().getProcessBusinessKey());
		try {
			StepOutcome outcome = recorder
				.record(new StepCompletion(sessionId, step, formId, task.getProcessDefinitionId(), submitted, actor));
			task.getExecution().removeVariables(fields);
			setRouting(task, outcome, recorder.session(sessionId));
		}
		catch (ComplianceViolation e) {
			throw refused(task, actor, e.field(), e);
		}
		catch (FormDataInvalid e) {
			throw refused(task, actor, e.field(), e);
		}
		catch (SessionNotFound e) {
			throw refused(task, actor, null, e);
		}
	}

	private static FormFieldValidationException refused(DelegateTask task, String actor, String field,
			RuntimeException reason) {
		log.info("Completion of {} ({}) by {} refused: {}", task.getTaskDefinitionKey(), task.getId(), actor,
				reason.getMessage());
		return new FormFieldValidationException(field, reason.getMessage(), reason);
	}

	/**
	 * Only the assignee, or a member of a candidate group when nobody claimed the task, may complete it. The engine
	 * itself lets another group member complete a claimed task, and internal calls carry no user at all. Group
	 * membership is read from Sojourn now, not from the caller's authentication, which a webapp may have cached.
	 */
	private String checkActor(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices()
			.getIdentityService()
			.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw refused(task, null, null, new SessionActionRefused("Completing a session task needs a signed-in user."));
		}
		String actor = authentication.getUserId();
		if (task.getAssignee() != null) {
			if (!task.getAssignee().equals(actor)) {
				throw refused(task, actor, null, TaskConflict.claimedBy(task.getAssignee()));
			}
			return actor;
		}
		List<String> actorGroups = groups.of(actor);
		boolean member = task.getCandidates()
			.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
					&& actorGroups.contains(link.getGroupId()));
		if (!member) {
			// Also when the actor was removed from the center between reading the task and completing it.
			throw refused(task, actor, null,
					new SessionActionRefused("Only the service center's administrators can complete this task."));
		}
		return actor;
	}

	/**
	 * Engine REST and Tasklist accept any variable with a completion; only the form's fields may come, so that
	 * nothing else (least of all client data) settles in the engine.
	 */
	private static void checkOnlyFormFields(DelegateTask task, Set<String> fields) {
		List<String> foreign = task.getVariableNames()
			.stream()
			.filter(name -> !fields.contains(name) && !SessionProcess.Variables.ALL.contains(name))
			.sorted()
			.toList();
		if (!foreign.isEmpty()) {
			throw new FormFieldValidationException(foreign.get(0),
					"This form has no field %s.".formatted(String.join(", ", foreign)));
		}
	}

	private static void setRouting(DelegateTask task, StepOutcome outcome, Session session) {
		Map<String, Object> routing = SessionProcess.assignmentOf(session);
		if (outcome.screeningOutcome() != null) {
			routing.put(SessionProcess.Variables.SCREENING_OUTCOME, outcome.screeningOutcome());
		}
		if (outcome.servicesMayProceed() != null) {
			routing.put(SessionProcess.Variables.SERVICES_MAY_PROCEED, outcome.servicesMayProceed());
		}
		if (outcome.integrationAccepted() != null) {
			routing.put(SessionProcess.Variables.INTEGRATION_ACCEPTED, outcome.integrationAccepted());
		}
		if (outcome.moreIntegrationSessions() != null) {
			routing.put(SessionProcess.Variables.MORE_INTEGRATION_SESSIONS, outcome.moreIntegrationSessions());
		}
		task.getExecution().getProcessInstance().setVariables(routing);
	}

}
