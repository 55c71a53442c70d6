package org.sojourn.sessions;

import java.util.UUID;

/**
 * A step of a session became someone's work: a task was created for the session's facilitator (assignee) or for the
 * administrators of its center (centerId). Exactly one of the two is set.
 */
public record SessionTaskOpened(UUID sessionId, String taskId, SessionStep step, String assignee, UUID centerId) {
}
