package org.sojourn.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The profile of a client as the facilitator enters it. */
public record ClientProfile(@NotBlank(message = "Enter the client's legal name.") @Size(max = 200) String legalName,
		@Size(max = 200) String preferredName, @Size(max = 50) String pronouns,
		@NotNull(message = "Enter the client's date of birth.") @Past(
				message = "The date of birth must be in the past.") LocalDate dateOfBirth,
		@Email(message = "Enter a valid email address.") @Size(max = 320) String email,
		@Pattern(regexp = "^[0-9 +()./-]{0,50}$", message = "Enter a phone number with digits, spaces and + ( ) - . / only.") String phone,
		@Size(max = 200) String emergencyContactName,
		@Pattern(regexp = "^[0-9 +()./-]{0,50}$", message = "Enter a phone number with digits, spaces and + ( ) - . / only.") String emergencyContactPhone) {
}
