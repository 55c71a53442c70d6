package org.sojourn.engine;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sojourn.sessions.SessionTaskOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs when a user task of a session is created, in the engine's transaction, and says whose work it became: its
 * assignee (the facilitator), or the center whose administrators are its candidate group.
 */
@Component
class TaskOpenedListener implements TaskListener {

	private static final String CENTER_GROUP_PREFIX = "center-";

	private final ApplicationEventPublisher events;

	TaskOpenedListener(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID sessionId = UUID.fromString(task.getExecution().getProcessBusinessKey());
		UUID centerId = task.getAssignee() != null ? null : task.getCandidates()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
					&& link.getGroupId().startsWith(CENTER_GROUP_PREFIX))
			.map(link -> UUID.fromString(link.getGroupId().substring(CENTER_GROUP_PREFIX.length())))
			.findFirst()
			.orElse(null);
		if (task.getAssignee() == null && centerId == null) {
			return; // nobody to tell: the model routes every task to one of the two
		}
		events.publishEvent(new SessionTaskOpened(sessionId, task.getId(),
				SessionProcess.STEP_BY_TASK.get(task.getTaskDefinitionKey()), task.getAssignee(), centerId));
	}

}
