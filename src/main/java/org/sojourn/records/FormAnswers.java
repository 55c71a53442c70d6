package org.sojourn.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sojourn.forms.AnswerText;
import org.sojourn.forms.FormSchema;
import org.sojourn.forms.FormSchemas;
import org.sojourn.sessions.SessionStep;
import org.springframework.stereotype.Component;

/**
 * A submitted form's answers, and the fields an addendum changed, as rows a person reads: labelled and ordered as on
 * the form they were submitted on, a chosen option written as the option's label. The session page and the PDF both
 * read a record through this class, so that the two never label it differently. A form or field not shipped any more
 * (renamed since, say) falls back to the words of its key and the value as stored: the record still reads.
 */
@Component
public class FormAnswers {

	public record Row(String label, String value) {
	}

	private final FormSchemas schemas;

	private final ObjectMapper objectMapper;

	FormAnswers(FormSchemas schemas, ObjectMapper objectMapper) {
		this.schemas = schemas;
		this.objectMapper = objectMapper;
	}

	/** @param time writes a time, so that each medium chooses how to show it */
	public List<Row> answers(RecordViews.Form form, Function<Instant, String> time) {
		Optional<FormSchema> schema = schemas.find(form.formId());
		return inFormOrder(schema, read(form.answers())).stream()
			.map(answer -> new Row(label(schema, answer.getKey()),
					text(schema, answer.getKey(), answer.getValue(), time)))
			.toList();
	}

	/**
	 * Each field the addendum changed, as "from ... to ...", labelled by the form it corrects.
	 *
	 * @param forms the session's submitted forms, among them the one the addendum corrects
	 */
	public List<Row> changes(RecordViews.AddendumView addendum, List<RecordViews.Form> forms,
			Function<Instant, String> time) {
		Optional<FormSchema> schema = corrected(addendum.target(), forms).flatMap(form -> schemas.find(form.formId()));
		return inFormOrder(schema, read(addendum.changes())).stream()
			.map(change -> new Row(label(schema, change.getKey()), "from %s to %s".formatted(
					text(schema, change.getKey(), change.getValue().path("from"), time),
					text(schema, change.getKey(), change.getValue().path("to"), time))))
			.toList();
	}

	/** The form an addendum corrects: the submitted form it names, or for the administration record that form. */
	public static Optional<RecordViews.Form> corrected(String target, List<RecordViews.Form> forms) {
		return forms.stream()
			.filter(form -> SessionRecordEntries.ADMINISTRATION.equals(target)
					? form.step() == SessionStep.ADMINISTRATION_RECORD : form.id().toString().equals(target))
			.findFirst();
	}

	/** The form's fields first, as the form orders them; keys it does not have after them, as they were stored. */
	private static List<Map.Entry<String, JsonNode>> inFormOrder(Optional<FormSchema> schema, JsonNode stored) {
		Map<String, JsonNode> rest = new LinkedHashMap<>();
		stored.properties().forEach(entry -> rest.put(entry.getKey(), entry.getValue()));
		List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>();
		schema.ifPresent(form -> form.keys()
			.stream()
			.filter(rest::containsKey)
			.forEach(key -> ordered.add(Map.entry(key, rest.remove(key)))));
		ordered.addAll(rest.entrySet());
		return ordered;
	}

	/** A field without a label of its own is parsed with its key as its label, which reads no better than words. */
	private static String label(Optional<FormSchema> schema, String key) {
		return field(schema, key).map(FormSchema.Field::label)
			.filter(label -> !label.isBlank() && !label.equals(key))
			.orElseGet(() -> AnswerText.words(key));
	}

	private static String text(Optional<FormSchema> schema, String key, JsonNode value,
			Function<Instant, String> time) {
		return AnswerText.of(value, field(schema, key).map(FormSchema.Field::options).orElse(Map.of()), time);
	}

	private static Optional<FormSchema.Field> field(Optional<FormSchema> schema, String key) {
		return schema.flatMap(form -> form.field(key));
	}

	private JsonNode read(String json) {
		try {
			return objectMapper.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A stored record is not valid JSON", e);
		}
	}

}
