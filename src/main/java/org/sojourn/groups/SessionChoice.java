package org.sojourn.groups;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A session that may join a group of its center, for the center's administrators: the client's name as the session
 * record keeps it, its facilitator, and the agreed largest dose (initial plus secondary estimate; null without one).
 */
public record SessionChoice(UUID sessionId, String clientName, String facilitatorName, BigDecimal estimatedDoseMg) {
}
