package org.sojourn.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one Camunda Form and the checks they declare. Forms validate only in the browser, so the server
 * reads the same form file and applies the same checks to whatever arrives, from whichever door.
 */
public final class FormSchema {

	private final String formId;

	private final Map<String, Field> fields;

	/**
	 * @param label the form's label, or the key when the form gives none
	 * @param options the fixed choices of a radio, select or checklist in the form's order: each stored value with
	 * the label the form shows for it; empty for any other field
	 * @param decimalDigits how many decimals a number may have, when the form says
	 */
	public record Field(String key, String type, String label, boolean required, BigDecimal min, BigDecimal max,
			Integer minLength, Integer maxLength, Pattern pattern, Map<String, String> options,
			Integer decimalDigits) {
	}

	/** Longer than any number a form asks for; a longer text is not read as one (nor stored as one). */
	private static final int NUMBER_LENGTH = 32;

	private FormSchema(String formId, Map<String, Field> fields) {
		this.formId = formId;
		this.fields = fields;
	}

	static FormSchema parse(JsonNode form) {
		Map<String, Field> fields = new LinkedHashMap<>();
		collect(form.path("components"), fields);
		return new FormSchema(form.path("id").asText(), fields);
	}

	private static void collect(JsonNode components, Map<String, Field> fields) {
		for (JsonNode component : components) {
			collect(component.path("components"), fields);
			if (!component.hasNonNull("key")) {
				continue;
			}
			JsonNode validate = component.path("validate");
			Map<String, String> options = new LinkedHashMap<>();
			component.path("values").forEach(value -> options.put(value.path("value").asText(),
					value.path("label").asText(value.path("value").asText())));
			String key = component.get("key").asText();
			fields.put(key, new Field(key, component.path("type").asText(),
					component.path("label").asText(key), validate.path("required").asBoolean(false),
					validate.hasNonNull("min") ? validate.get("min").decimalValue() : null,
					validate.hasNonNull("max") ? validate.get("max").decimalValue() : null,
					validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
					validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
					validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
					Collections.unmodifiableMap(options),
					component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null));
		}
	}

	public String formId() {
		return formId;
	}

	/** The field keys in the order the form shows its fields. */
	public Set<String> keys() {
		return fields.keySet();
	}

	public Optional<Field> field(String key) {
		return Optional.ofNullable(fields.get(key));
	}

	/** Refuses keys the form does not have, so that nothing but the form's fields can be submitted. */
	public void checkKnownKeys(Set<String> submittedKeys) {
		List<String> unknown = submittedKeys.stream().filter(key -> !fields.containsKey(key)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw FormDataInvalid.of(unknown.get(0),
					"This form has no field %s.".formatted(unknown.stream().collect(Collectors.joining(", "))));
		}
	}

	/** Checks every field and returns the values in their Java types; a missing optional field is left out. */
	public FormData validate(Map<String, ?> submitted, ZoneId zone) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		String firstField = null;
		for (Field field : fields.values()) {
			try {
				Object value = convert(field, submitted.get(field.key()), zone);
				if (value != null) {
					values.put(field.key(), value);
				}
			}
			catch (FormDataInvalid e) {
				problems.add(e.getMessage());
				firstField = firstField == null ? field.key() : firstField;
			}
		}
		if (!problems.isEmpty()) {
			throw FormDataInvalid.of(firstField, String.join(" ", problems));
		}
		return new FormData(values);
	}

	private Object convert(Field field, Object raw, ZoneId zone) {
		if (raw == null || (raw instanceof String text && text.isBlank())) {
			if (field.required()) {
				throw FormDataInvalid.of(field.key(), "'%s' is required.".formatted(field.label()));
			}
			return null;
		}
		return switch (field.type()) {
			case "checkbox" -> checkbox(field, raw);
			case "number" -> number(field, raw);
			case "datetime" -> dateTime(field, raw, zone);
			case "radio", "select" -> choice(field, raw);
			default -> text(field, raw);
		};
	}

	private Boolean checkbox(Field field, Object raw) {
		Boolean checked = raw instanceof Boolean b ? b
				: "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : null;
		if (checked == null) {
			throw FormDataInvalid.of(field.key(), "'%s' must be yes or no.".formatted(field.label()));
		}
		if (field.required() && !checked) {
			throw FormDataInvalid.of(field.key(), "'%s' must be confirmed.".formatted(field.label()));
		}
		return checked;
	}

	private BigDecimal number(Field field, Object raw) {
		BigDecimal number;
		String text = raw instanceof Number n ? n.toString() : raw.toString().trim();
		try {
			if (text.length() > NUMBER_LENGTH) {
				throw new NumberFormatException("too long");
			}
			number = new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw FormDataInvalid.of(field.key(), "'%s' must be a number.".formatted(field.label()));
		}
		if (field.decimalDigits() != null) {
			if (number.stripTrailingZeros().scale() > field.decimalDigits()) {
				throw FormDataInvalid.of(field.key(), field.decimalDigits() == 0
						? "'%s' must be a whole number.".formatted(field.label())
						: "'%s' may have at most %d decimals.".formatted(field.label(), field.decimalDigits()));
			}
			if (number.scale() > field.decimalDigits()) {
				number = number.setScale(field.decimalDigits());
			}
		}
		if (field.min() != null && number.compareTo(field.min()) < 0) {
			throw FormDataInvalid.of(field.key(),
					"'%s' must be at least %s.".formatted(field.label(), field.min().toPlainString()));
		}
		if (field.max() != null && number.compareTo(field.max()) > 0) {
			throw FormDataInvalid.of(field.key(),
					"'%s' must be at most %s.".formatted(field.label(), field.max().toPlainString()));
		}
		return number;
	}

	private Instant dateTime(Field field, Object raw, ZoneId zone) {
		String text = raw.toString().trim();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeParseException notADateTime) {
				try {
					return LocalDate.parse(text).atStartOfDay(zone).toInstant();
				}
				catch (DateTimeParseException notADate) {
					throw FormDataInvalid.of(field.key(),
							"'%s' must be a date and time such as 2026-03-01T14:05-08:00.".formatted(field.label()));
				}
			}
		}
	}

	private String choice(Field field, Object raw) {
		String value = raw.toString();
		if (!field.options().containsKey(value)) {
			throw FormDataInvalid.of(field.key(), "'%s' must be one of: %s.".formatted(field.label(),
					String.join(", ", field.options().keySet().stream().sorted().toList())));
		}
		return value;
	}

	private String text(Field field, Object raw) {
		if (!(raw instanceof String value)) {
			throw FormDataInvalid.of(field.key(), "'%s' must be text.".formatted(field.label()));
		}
		if (value.indexOf('\0') >= 0) {
			// PostgreSQL cannot store it in a text column.
			throw FormDataInvalid.of(field.key(),
					"'%s' contains the NUL character (U+0000); remove it.".formatted(field.label()));
		}
		if (field.minLength() != null && value.length() < field.minLength()) {
			throw FormDataInvalid.of(field.key(),
					"'%s' needs at least %d characters.".formatted(field.label(), field.minLength()));
		}
		if (field.maxLength() != null && value.length() > field.maxLength()) {
			throw FormDataInvalid.of(field.key(),
					"'%s' may have at most %d characters.".formatted(field.label(), field.maxLength()));
		}
		if (field.pattern() != null && !field.pattern().matcher(value).matches()) {
			throw FormDataInvalid.of(field.key(), "'%s' has an invalid format.".formatted(field.label()));
		}
		return value;
	}

}
