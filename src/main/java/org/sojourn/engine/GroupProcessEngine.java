package org.sojourn.engine;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.sojourn.engine.SessionProcess.GroupAdministration;
import org.sojourn.groups.GroupConflict;
import org.sojourn.groups.GroupWorkflow;
import org.sojourn.sessions.Session;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Drives a group's own instance and its participants' session instances: starts the one, and correlates the messages
 * by which sessions join, wait for, are released by and leave their group. Every call runs in the caller's
 * transaction, which also writes the group's rows, so the instances and the table never disagree.
 */
@Component
class GroupProcessEngine implements GroupWorkflow {

	private final RuntimeService runtime;

	GroupProcessEngine(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void planned(UUID groupId) {
		runtime.startProcessInstanceByKey(GroupAdministration.PROCESS_KEY, groupId.toString());
	}

	@Override
	public void joined(Session session) {
		toSession(SessionProcess.MESSAGE_GROUP_JOINED, session.getId(), SessionProcess.assignmentOf(session));
	}

	@Override
	public void left(Session session) {
		toSession(SessionProcess.MESSAGE_GROUP_LEFT, session.getId(), SessionProcess.assignmentOf(session));
	}

	@Override
	public void checkedIn(UUID groupId, Collection<UUID> participantSessionIds) {
		toGroup(GroupAdministration.MESSAGE_CHECKED_IN, groupId);
		participantSessionIds.forEach(sessionId -> toSession(SessionProcess.MESSAGE_GROUP_RELEASED, sessionId, Map.of()));
	}

	@Override
	public void cancelled(UUID groupId, Collection<Session> participants) {
		toGroup(GroupAdministration.MESSAGE_CANCELLED, groupId);
		participants.forEach(this::left);
	}

	@Override
	public void administered(UUID groupId) {
		toGroup(GroupAdministration.MESSAGE_ADMINISTERED, groupId);
	}

	@Override
	public void closed(UUID groupId) {
		toGroup(GroupAdministration.MESSAGE_CLOSED, groupId);
	}

	@Override
	public boolean waitsForGroup(UUID sessionId) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(sessionId.toString())
			.messageEventSubscriptionName(SessionProcess.MESSAGE_GROUP_RELEASED)
			.count() > 0;
	}

	private void toGroup(String message, UUID groupId) {
		correlate(message, groupId.toString(), Map.of(),
				"The group's process is not where this step happens; reload the group.");
	}

	private void toSession(String message, UUID sessionId, Map<String, Object> variables) {
		correlate(message, sessionId.toString(), variables,
				"Session %s is not where it could take this step (it moved on meanwhile); reload and try again."
					.formatted(sessionId));
	}

	/**
	 * A session or group that is not waiting for the message (it moved on meanwhile) is a conflict; another
	 * transaction changing the instance at the same moment is Spring's optimistic locking failure. Either way the API
	 * answers 409 and the caller's transaction, with everything it wrote, rolls back.
	 */
	private void correlate(String message, String businessKey, Map<String, Object> variables, String notWaiting) {
		try {
			runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(businessKey)
				.setVariables(variables)
				.correlate();
		}
		catch (MismatchingMessageCorrelationException e) {
			throw GroupConflict.of(notWaiting);
		}
		catch (ProcessEngineException e) {
			if (ConcurrencyFailures.isConcurrencyFailure(e)) {
				throw new OptimisticLockingFailureException("A process changed concurrently", e);
			}
			throw e;
		}
	}

}
