package org.sojourn.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Stored form answers and names as a person reads them, on the session page and in the PDF alike. */
public final class AnswerText {

	private AnswerText() {
	}

	/**
	 * A stored answer as text; a time is written by {@code time}, so each medium chooses how to show it.
	 *
	 * @param options the labels of a field's fixed choices by stored value: a chosen value, alone or in a list, reads
	 * as the form shows it; a value not among them (or no options at all) reads as stored
	 */
	public static String of(JsonNode node, Map<String, String> options, Function<Instant, String> time) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return "(empty)";
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? "Yes" : "No";
		}
		if (node.isNumber()) {
			return node.decimalValue().stripTrailingZeros().toPlainString();
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach(item -> items.add(of(item, options, time)));
			return String.join(", ", items);
		}
		if (!node.isTextual()) {
			return node.toString();
		}
		if (options.containsKey(node.textValue())) {
			return options.get(node.textValue());
		}
		try {
			return time.apply(OffsetDateTime.parse(node.textValue()).toInstant());
		}
		catch (DateTimeParseException notATime) {
			return node.textValue();
		}
	}

	/** "transportationMode" and "CONSENTS_AND_PLANS" as "Transportation mode" and "Consents and plans". */
	public static String words(String name) {
		String spaced = name.replace('_', ' ')
			.replaceAll("(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])", " ")
			.toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
