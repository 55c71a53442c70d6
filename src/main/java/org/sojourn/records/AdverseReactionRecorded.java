package org.sojourn.records;

import java.util.UUID;

/**
 * An adverse reaction was recorded in a session: an event report of a reaction, or an administration record that
 * says one occurred. Carries no content of the record.
 *
 * @param recordedBy the username of whoever recorded it
 */
public record AdverseReactionRecorded(UUID sessionId, String recordedBy) {
}
