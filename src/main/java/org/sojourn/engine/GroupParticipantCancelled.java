package org.sojourn.engine;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sojourn.groups.GroupAdministrations;
import org.springframework.stereotype.Component;

/** A session cancelled (or withdrawn) while a participant leaves its group: the group counts it no more. */
@Component(SessionProcess.SESSION_LEAVES_GROUP_BEAN)
class GroupParticipantCancelled implements ExecutionListener {

	private final GroupAdministrations groups;

	GroupParticipantCancelled(GroupAdministrations groups) {
		this.groups = groups;
	}

	@Override
	public void notify(DelegateExecution execution) {
		groups.participantCancelled(UUID.fromString(execution.getProcessBusinessKey()));
	}

}
