package org.sojourn.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * @param target the id of the submitted form to correct, or "administration" for the administration record
 * @param changes the corrected fields with their new values, keyed like the form's fields
 */
public record AddendumRequest(@NotBlank(message = "Say which form or record the addendum corrects.") String target,
		@NotBlank(message = "Say why the record is corrected.") @Size(max = 2000) String reason,
		@NotEmpty(message = "Give at least one corrected field.") Map<String, Object> changes) {
}
