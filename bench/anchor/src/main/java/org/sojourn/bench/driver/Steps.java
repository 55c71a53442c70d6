package org.sojourn.bench.driver;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A session's whole way through the model, completed with integration: each step's form values (the ones every
 * check of Sojourn accepts) and, for the bare engine, the routing variables that Sojourn's completion listener
 * derives from them (the screening decision, the integration answer).
 */
final class Steps {

	record Step(String name, boolean center, Supplier<Map<String, Object>> form, Map<String, Object> routing) {
	}

	static final List<Step> COMPLETED = List.of(
			new Step("CLIENT_INFORMATION", false, Steps::clearScreening, Map.of("screeningOutcome", "CLEAR")),
			new Step("CONSENTS_AND_PLANS", false, Steps::consents, Map.of()),
			new Step("DOSE_ESTIMATE", false, () -> new HashMap<>(Map.of("estimatedInitialDoseMg", 20)), Map.of()),
			new Step("PREPARATION_CERTIFICATION", false,
					() -> new HashMap<>(Map.of("preparationSessionAt", ago(3, ChronoUnit.DAYS),
							"preparationSessionMinutes", 90, "preparationCertified", true)),
					Map.of()),
			new Step("SCHEDULE_ADMINISTRATION", true,
					() -> new HashMap<>(Map.of("administrationScheduledAt", ago(1, ChronoUnit.DAYS), "room", "Room 1")),
					Map.of()),
			new Step("CHECK_IN", true, () -> new HashMap<>(Map.of("checkedInAt", Instant.now().toString(),
					"identityAndAgeVerified", true, "productConsumed", true)), Map.of()),
			new Step("ADMINISTRATION_RECORD", true, Steps::administration, Map.of()),
			new Step("PRODUCT_AND_WASTE", true, () -> new HashMap<>(Map.of("unusedProductMg", 0, "wasteDisposalMethod",
					"no_waste", "wasteWitnessedBy", "A. Witness")), Map.of()),
			new Step("INTEGRATION_OFFER", false, () -> new HashMap<>(Map.of("integrationOfferedAt",
					Instant.now().toString(), "integrationResponse", "accepted")), Map.of("integrationAccepted", true)),
			new Step("INTEGRATION_SESSION", false,
					() -> new HashMap<>(Map.of("integrationSessionAt", ago(1, ChronoUnit.HOURS),
							"integrationSessionMinutes", 60, "integrationFormat", "in_person",
							"anotherIntegrationSessionPlanned", "no")),
					Map.of("moreIntegrationSessions", false)),
			new Step("COMPLETION_CERTIFICATION", false, () -> new HashMap<>(Map.of("completionCertified", true)),
					Map.of()));

	private Steps() {
	}

	/** Values as typed engine variables, as Tasklist submits a form. */
	static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", type(value))));
		return variables;
	}

	private static String type(Object value) {
		if (value instanceof Boolean) {
			return "Boolean";
		}
		if (value instanceof Integer) {
			return "Integer";
		}
		if (value instanceof Long) {
			return "Long";
		}
		if (value instanceof Number) {
			return "Double";
		}
		return "String";
	}

	private static String ago(long amount, ChronoUnit unit) {
		return Instant.now().minus(amount, unit).toString();
	}

	private static Map<String, Object> clearScreening() {
		Map<String, Object> answers = new HashMap<>();
		for (String question : new String[] { "lithiumLast30Days", "currentThoughtsOfHarm", "activePsychosis",
				"currentTreatment", "medicationsDuringSession", "historyOfHarm", "mushroomAllergy", "needsInterpreter",
				"needsSupportPerson" }) {
			answers.put(question, "no");
		}
		answers.put("clientIs21OrOlder", "yes");
		return answers;
	}

	private static Map<String, Object> consents() {
		Map<String, Object> data = new HashMap<>();
		for (String signed : new String[] { "billOfRightsAcknowledged", "informedConsentSigned",
				"safetyAndSupportPlanSigned", "transportationPlanSigned", "dataReportingFormCompleted",
				"optOutOffered" }) {
			data.put(signed, true);
		}
		data.put("transportationMode", "taxi_or_rideshare");
		data.put("supportiveTouchConsent", "declined");
		data.put("differentFacilitatorsConsent", "not_applicable");
		data.put("dataReportingOptOut", "participates");
		return data;
	}

	private static Map<String, Object> administration() {
		Instant end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		Instant start = end.minus(300, ChronoUnit.MINUTES);
		Map<String, Object> data = new HashMap<>();
		data.put("productId", "LOT-42");
		data.put("initialDoseMg", 20.0);
		data.put("initialDoseAt", start.toString());
		data.put("sessionStartedAt", start.toString());
		data.put("sessionEndedAt", end.toString());
		data.put("transportPlanFollowed", "yes");
		data.put("clientReleaseSigned", true);
		return data;
	}

}
