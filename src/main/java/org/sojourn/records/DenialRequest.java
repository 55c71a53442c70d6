package org.sojourn.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DenialRequest(@NotNull(message = "Choose the reason code.") DenialCode code,
		@NotBlank(message = "Explain the denial.") @Size(max = 4000) String reason) {
}
