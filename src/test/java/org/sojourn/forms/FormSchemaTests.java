package org.sojourn.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormSchemaTests {

	private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

	private static final String FORM = """
			{
			  "id": "form_test",
			  "components": [
			    { "type": "text", "text": "An introduction without a key" },
			    { "type": "textfield", "key": "name", "label": "Name",
			      "validate": { "required": true, "minLength": 2, "maxLength": 5, "pattern": "^[a-z]+$" } },
			    { "type": "number", "key": "dose", "label": "Dose (mg)", "validate": { "min": 0.01, "max": 50 } },
			    { "type": "radio", "key": "answer", "label": "Answer", "validate": { "required": true },
			      "values": [ { "label": "Yes", "value": "yes" }, { "label": "No", "value": "no" } ] },
			    { "type": "datetime", "key": "at", "label": "When" },
			    { "type": "checkbox", "key": "confirmed", "label": "Confirmed", "validate": { "required": true } },
			    { "type": "group", "label": "More",
			      "components": [ { "type": "checkbox", "key": "optional", "label": "Optional" } ] }
			  ]
			}
			""";

	private final FormSchema schema = parse(FORM);

	@Test
	void parsesTheFormIdAndEveryKeyedFieldIncludingNestedOnes() {
		assertThat(schema.formId()).isEqualTo("form_test");
		assertThat(schema.keys()).containsExactlyInAnyOrder("name", "dose", "answer", "at", "confirmed", "optional");
	}

	@Test
	void validDataComesBackInJavaTypesWithoutMissingOptionalFields() {
		FormData data = schema.validate(Map.of("name", "ana", "dose", 12.5, "answer", "yes", "confirmed", true), ZONE);

		assertThat(data.values()).containsOnlyKeys("name", "dose", "answer", "confirmed");
		assertThat(data.values().get("dose")).isEqualTo(new BigDecimal("12.5"));
		assertThat(data.values().get("confirmed")).isEqualTo(Boolean.TRUE);
	}

	@Test
	void missingRequiredFieldIsRefusedByItsLabel() {
		Map<String, Object> data = valid();
		data.remove("answer");

		assertInvalid(data, "answer", "'Answer' is required.");
	}

	@Test
	void blankTextCountsAsMissing() {
		Map<String, Object> data = valid();
		data.put("name", "   ");

		assertInvalid(data, "name", "'Name' is required.");
	}

	@Test
	void numberBelowMinimumIsRefused() {
		Map<String, Object> data = valid();
		data.put("dose", 0);

		assertInvalid(data, "dose", "'Dose (mg)' must be at least 0.01.");
	}

	@Test
	void numberAboveMaximumIsRefused() {
		Map<String, Object> data = valid();
		data.put("dose", "50.01");

		assertInvalid(data, "dose", "'Dose (mg)' must be at most 50.");
	}

	@Test
	void numbersAtTheBoundsAreAllowed() {
		Map<String, Object> data = valid();
		data.put("dose", "0.01");
		assertThat(schema.validate(data, ZONE).values().get("dose")).isEqualTo(new BigDecimal("0.01"));
		data.put("dose", 50);
		assertThat(schema.validate(data, ZONE).values().get("dose")).isEqualTo(new BigDecimal("50"));
	}

	@Test
	void textThatIsNotANumberIsRefusedForANumberField() {
		Map<String, Object> data = valid();
		data.put("dose", "twelve");

		assertInvalid(data, "dose", "'Dose (mg)' must be a number.");
	}

	@Test
	void textShorterThanMinLengthIsRefused() {
		Map<String, Object> data = valid();
		data.put("name", "a");

		assertInvalid(data, "name", "'Name' needs at least 2 characters.");
	}

	@Test
	void textLongerThanMaxLengthIsRefused() {
		Map<String, Object> data = valid();
		data.put("name", "abcdef");

		assertInvalid(data, "name", "'Name' may have at most 5 characters.");
	}

	@Test
	void textNotMatchingThePatternIsRefused() {
		Map<String, Object> data = valid();
		data.put("name", "AB1");

		assertInvalid(data, "name", "'Name' has an invalid format.");
	}

	@Test
	void aNonTextValueForATextFieldIsRefused() {
		Map<String, Object> data = valid();
		data.put("name", 42);

		assertInvalid(data, "name", "'Name' must be text.");
	}

	@Test
	void radioValueOutsideTheOfferedValuesIsRefused() {
		Map<String, Object> data = valid();
		data.put("answer", "maybe");

		assertInvalid(data, "answer", "'Answer' must be one of: no, yes.");
	}

	@Test
	void dateTimeWithOffsetIsReadAsThatInstant() {
		Map<String, Object> data = valid();
		data.put("at", "2026-03-01T14:05-08:00");

		assertThat(schema.validate(data, ZONE).values().get("at")).isEqualTo(Instant.parse("2026-03-01T22:05:00Z"));
	}

	@Test
	void dateTimeWithoutOffsetIsReadInTheConfiguredZone() {
		Map<String, Object> data = valid();
		data.put("at", "2026-07-01T14:05");

		// Pacific daylight time in July: UTC-7.
		assertThat(schema.validate(data, ZONE).values().get("at")).isEqualTo(Instant.parse("2026-07-01T21:05:00Z"));
	}

	@Test
	void dateAloneIsReadAsTheStartOfThatDayInTheConfiguredZone() {
		Map<String, Object> data = valid();
		data.put("at", "2026-03-01");

		assertThat(schema.validate(data, ZONE).values().get("at")).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
	}

	@Test
	void garbageForADateTimeIsRefusedWithAnExample() {
		Map<String, Object> data = valid();
		data.put("at", "next tuesday");

		assertInvalid(data, "at", "'When' must be a date and time such as 2026-03-01T14:05-08:00.");
	}

	@Test
	void requiredCheckboxMustBeTicked() {
		Map<String, Object> data = valid();
		data.put("confirmed", false);

		assertInvalid(data, "confirmed", "'Confirmed' must be confirmed.");
	}

	@Test
	void checkboxAcceptsTheTextTrue() {
		Map<String, Object> data = valid();
		data.put("confirmed", "true");

		assertThat(schema.validate(data, ZONE).values().get("confirmed")).isEqualTo(Boolean.TRUE);
	}

	@Test
	void optionalCheckboxMayBeLeftUnticked() {
		Map<String, Object> data = valid();
		data.put("optional", false);

		assertThat(schema.validate(data, ZONE).values().get("optional")).isEqualTo(Boolean.FALSE);
	}

	@Test
	void checkboxWithAValueOtherThanYesOrNoIsRefused() {
		Map<String, Object> data = valid();
		data.put("optional", "maybe");

		assertInvalid(data, "optional", "'Optional' must be yes or no.");
	}

	@Test
	void everyProblemIsReportedAtOnceAndTheFirstFieldIsNamed() {
		Map<String, Object> data = valid();
		data.put("name", "a");
		data.put("confirmed", false);

		assertThatThrownBy(() -> schema.validate(data, ZONE)).isInstanceOfSatisfying(FormDataInvalid.class, e -> {
			assertThat(e.field()).isEqualTo("name");
			assertThat(e.getMessage()).contains("'Name' needs at least 2 characters.")
				.contains("'Confirmed' must be confirmed.");
		});
	}

	@Test
	void unknownKeysAreRefusedByName() {
		assertThatThrownBy(() -> schema.checkKnownKeys(Set.of("name", "zeta", "alpha")))
			.isInstanceOfSatisfying(FormDataInvalid.class, e -> {
				assertThat(e.field()).isEqualTo("alpha");
				assertThat(e.getMessage()).isEqualTo("This form has no field alpha, zeta.");
			});
	}

	@Test
	void knownKeysPassTheKeyCheck() {
		assertThatCode(() -> schema.checkKnownKeys(Set.of("name", "optional"))).doesNotThrowAnyException();
	}

	@Test
	void choicesKeepTheLabelsTheFormShowsInTheFormsOrder() {
		assertThat(schema.field("answer").orElseThrow().options()).containsExactly(Map.entry("yes", "Yes"),
				Map.entry("no", "No"));
		assertThat(schema.field("name").orElseThrow().options()).isEmpty();
		assertThat(schema.keys()).containsExactly("name", "dose", "answer", "at", "confirmed", "optional");
	}

	@Test
	void aChecklistsChosenValuesReadAsTheirLabelsAndAnUnknownValueAsStored() throws Exception {
		FormSchema checklist = parse("""
				{ "id": "form_checklist", "components": [ { "type": "checklist", "key": "support", "label": "Support",
				  "values": [ { "label": "A support person", "value": "person" }, { "label": "Music", "value": "music" } ] } ] }
				""");

		String text = AnswerText.of(new ObjectMapper().readTree("[\"music\", \"person\", \"retired\"]"),
				checklist.field("support").orElseThrow().options(), Instant::toString);

		assertThat(text).isEqualTo("Music, A support person, retired");
	}

	private static Map<String, Object> valid() {
		return new HashMap<>(Map.of("name", "ana", "answer", "no", "confirmed", true));
	}

	private void assertInvalid(Map<String, Object> data, String field, String message) {
		assertThatThrownBy(() -> schema.validate(data, ZONE)).isInstanceOfSatisfying(FormDataInvalid.class, e -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.getMessage()).isEqualTo(message);
		});
	}

	private static FormSchema parse(String json) {
		try {
			return FormSchema.parse(new ObjectMapper().readTree(json));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
