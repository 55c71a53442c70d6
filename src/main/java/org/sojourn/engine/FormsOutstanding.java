package org.sojourn.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.sojourn.sessions.DeadlineSettings;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionDeadlines;
import org.sojourn.sessions.SessionStep;
import org.springframework.stereotype.Component;

/**
 * The reminder of a preparation form left open: every preparation task's timer reads its period here
 * ({@code ${formsOutstanding.after}}) and leads to the one service task that runs it. Public for the expression
 * language.
 */
@Component(SessionProcess.FORMS_OUTSTANDING_BEAN)
public class FormsOutstanding implements JavaDelegate {

	private final SessionDeadlines deadlines;

	private final DeadlineSettings settings;

	FormsOutstanding(SessionDeadlines deadlines, DeadlineSettings settings) {
		this.deadlines = deadlines;
		this.settings = settings;
	}

	/** The period as the ISO-8601 duration the timer takes, such as PT168H for 7 days. */
	public String getAfter() {
		return settings.formsOutstandingAfter().toString();
	}

	/**
	 * Preparation's tasks run one after another, and a task's timer goes when it completes: the session's open
	 * preparation task is the one whose timer fired.
	 */
	@Override
	public void execute(DelegateExecution execution) {
		SessionStep step = execution.getProcessEngineServices()
			.getTaskService()
			.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.filter(SessionProcess.FORM_OUTSTANDING_BY_TASK::containsKey)
			.map(SessionProcess.STEP_BY_TASK::get)
			.findFirst()
			.orElse(null);
		deadlines.reached(PreparationWindow.sessionOf(execution), Deadline.FORMS_OUTSTANDING, step);
	}

}
