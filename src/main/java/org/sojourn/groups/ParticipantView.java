package org.sojourn.groups;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One participant of a group: its session, the client's name from the session record, its own facilitator, and the
 * dose that counts for the ratio (the recorded total once {@code doseRecorded}, the agreed estimate before; null if
 * neither). {@code left}: the session left the group before its consumption.
 */
public record ParticipantView(UUID sessionId, String clientName, String facilitatorUsername, BigDecimal doseMg,
		boolean doseRecorded, boolean left) {
}
