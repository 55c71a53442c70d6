package org.sojourn.groups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A group administration to plan: when, where, the facilitators who attend (usernames) and the participants (session
 * ids).
 */
public record GroupPlan(@NotNull(message = "Choose the date and time.") Instant scheduledAt,
		@NotNull(message = "Choose the room.") UUID roomId,
		@NotNull(message = "Choose the facilitators who attend.") @Size(max = 100) List<@NotBlank(
				message = "Name each facilitator by username.") @Size(max = 64) String> facilitators,
		@NotNull(message = "Choose the participants.") @Size(max = 100) List<@NotNull(
				message = "Choose each participant's session.") UUID> sessionIds) {
}
