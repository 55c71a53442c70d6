package org.sojourn.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An event during administration as reported by the facilitator or the center.
 *
 * @param severity required for reactions, not used for transport deviations
 */
public record EventReport(@NotNull(message = "Say what happened: a behavioral or medical reaction, or a transport deviation.") AdministrationEventKind kind,
		ReactionSeverity severity, Boolean emergencyServicesCalled, Boolean medicalCareProvided,
		@NotBlank(message = "Describe what happened.") @Size(max = 4000) String narrative,
		@NotNull(message = "Say when it happened.") @PastOrPresent(message = "The event cannot lie in the future.") Instant occurredAt) {
}
