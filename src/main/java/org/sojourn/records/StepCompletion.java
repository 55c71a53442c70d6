package org.sojourn.records;

import java.util.Map;
import java.util.UUID;
import org.sojourn.sessions.SessionStep;

/**
 * A person completes a step of a session with a form, from whichever door.
 *
 * @param formVersion identifies the deployed form (forms are versioned with the process definition)
 * @param submitted the raw submitted values, keyed by form field
 */
public record StepCompletion(UUID sessionId, SessionStep step, String formId, String formVersion,
		Map<String, ?> submitted, String actor) {
}
