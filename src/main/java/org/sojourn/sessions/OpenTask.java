package org.sojourn.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task of a session waiting for a person.
 *
 * @param formId the Camunda Form to complete it with (see {@code GET /api/forms/{formId}})
 * @param candidateGroups the groups offered the task when it has no single assignee
 */
public record OpenTask(String id, String name, SessionStep step, UUID sessionId, String formId, String assignee,
		List<String> candidateGroups, Instant createdAt) {

	/** Whether the user may see and complete this task: assigned to them, or offered to one of their groups. */
	public boolean isFor(String username, java.util.Collection<String> groups) {
		return username.equals(assignee) || (assignee == null && candidateGroups.stream().anyMatch(groups::contains));
	}

}
