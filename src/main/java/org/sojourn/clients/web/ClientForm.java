package org.sojourn.clients.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sojourn.clients.ClientProfile;

/** The profile form of the pages: the submitted fields as typed, turned into a profile or into errors per field. */
public record ClientForm(Map<String, String> values, Map<String, String> errors, ClientProfile profile) {

	static final List<String> FIELDS = List.of("legalName", "preferredName", "pronouns", "dateOfBirth", "email",
			"phone", "emergencyContactName", "emergencyContactPhone");

	/** The form's inputs, in order. */
	public record Input(String name, String label, String type) {
	}

	static final List<Input> INPUTS = List.of(new Input("legalName", "Legal name", "text"),
			new Input("preferredName", "Preferred name", "text"), new Input("pronouns", "Pronouns", "text"),
			new Input("dateOfBirth", "Date of birth", "date"), new Input("email", "Email", "email"),
			new Input("phone", "Phone", "text"), new Input("emergencyContactName", "Emergency contact", "text"),
			new Input("emergencyContactPhone", "Emergency contact phone", "text"));

	public List<Input> inputs() {
		return INPUTS;
	}

	static ClientForm empty() {
		return new ClientForm(Map.of(), Map.of(), null);
	}

	static ClientForm of(ClientProfile profile) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("legalName", profile.legalName());
		values.put("preferredName", profile.preferredName());
		values.put("pronouns", profile.pronouns());
		values.put("dateOfBirth", profile.dateOfBirth() == null ? null : profile.dateOfBirth().toString());
		values.put("email", profile.email());
		values.put("phone", profile.phone());
		values.put("emergencyContactName", profile.emergencyContactName());
		values.put("emergencyContactPhone", profile.emergencyContactPhone());
		return new ClientForm(values, Map.of(), profile);
	}

	/** Blank fields count as not given; the date must be an ISO date as a date input sends it. */
	static ClientForm submitted(Map<String, String> parameters, Validator validator) {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach(field -> values.put(field, blankToNull(parameters.get(field))));
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate dateOfBirth = null;
		if (values.get("dateOfBirth") != null) {
			try {
				dateOfBirth = LocalDate.parse(values.get("dateOfBirth"));
			}
			catch (DateTimeParseException e) {
				errors.put("dateOfBirth", "Enter the date of birth as a date (YYYY-MM-DD).");
			}
		}
		ClientProfile profile = new ClientProfile(values.get("legalName"), values.get("preferredName"),
				values.get("pronouns"), dateOfBirth, values.get("email"), values.get("phone"),
				values.get("emergencyContactName"), values.get("emergencyContactPhone"));
		for (ConstraintViolation<ClientProfile> violation : validator.validate(profile)) {
			errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		return new ClientForm(values, errors, errors.isEmpty() ? profile : null);
	}

	boolean valid() {
		return errors.isEmpty();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
