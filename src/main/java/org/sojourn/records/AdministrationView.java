package org.sojourn.records;

import java.math.BigDecimal;
import java.time.Instant;

public record AdministrationView(String productId, BigDecimal initialDoseMg, Instant initialDoseAt,
		BigDecimal secondaryDoseMg, Instant secondaryDoseAt, Instant startedAt, Instant endedAt,
		boolean adverseReaction, String adverseReactionNote, boolean emergencyServicesCalled,
		boolean transportPlanFollowed, String transportDeviation, String recordedBy, Instant recordedAt) {
}
