package org.sojourn.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param kind whether the client withdrew or the facilitator or center stopped the session
 */
public record CancellationRequest(@NotNull(message = "Say whether the client withdrew or the session is cancelled.") Kind kind,
		@NotBlank(message = "Give the reason.") @Size(max = 2000) String reason) {

	public enum Kind {

		WITHDRAWN, CANCELLED

	}

}
