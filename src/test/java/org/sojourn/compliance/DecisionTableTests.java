package org.sojourn.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sojourn.SojournTest;
import org.sojourn.compliance.ScreeningResult.Finding;
import org.sojourn.compliance.ScreeningResult.Kind;
import org.sojourn.compliance.ScreeningResult.Outcome;
import org.springframework.beans.factory.annotation.Autowired;

/** The regulatory tables as the deployed DMN decisions answer them, at the edges of every tier. */
@SojournTest
class DecisionTableTests {

	@Autowired
	MinimumDurationTable minimumDurations;

	@Autowired
	ScreeningTable screening;

	@Autowired
	GroupRatioTable groupRatios;

	@ParameterizedTest(name = "largest dose {0} mg: one facilitator for every {1} clients")
	@CsvSource({ "0, 25", "4.99, 25", "5, 15", "9.99, 15", "10, 8", "14.99, 8", "15, 6", "24.99, 6", "25, 4",
			"34.99, 4", "35, 2", "50, 2" })
	void theGroupRatioFollowsTheTierOfTheLargestDoseWithAmbiguousBoundariesOnTheStricterSide(BigDecimal largestDoseMg,
			int clientsPerFacilitator) {
		assertThat(groupRatios.clientsPerFacilitator(largestDoseMg)).isEqualTo(clientsPerFacilitator);
	}

	@ParameterizedTest(name = "{0} mg, repeat client {1}, whole fungi {2}: at least {3} minutes")
	@CsvSource({
			"2.49,  false, false, 60",
			"2.49,  true,  false, 30",
			"2.49,  true,  true,  60",
			"2.5,   false, false, 60",
			"2.5,   true,  false, 60",
			"4.99,  false, false, 60",
			"5,     false, false, 120",
			"9.99,  false, false, 120",
			"10,    false, false, 240",
			"24.99, false, false, 240",
			"25,    false, false, 300",
			"34.99, false, false, 300",
			"35,    false, false, 360",
			"50,    false, false, 360" })
	void theMinimumDurationFollowsTheTierOfTheTotalDose(BigDecimal totalDoseMg, boolean repeatClient,
			boolean wholeFungi, long minutes) {
		assertThat(minimumDurations.minimumDuration(totalDoseMg, repeatClient, wholeFungi))
			.isEqualTo(Duration.ofMinutes(minutes));
	}

	@Test
	void noScreeningAnswerOfConcernIsClear() {
		ScreeningResult result = screening.evaluate(answers());

		assertThat(result.outcome()).isEqualTo(Outcome.CLEAR);
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void aClientUnder21IsAHardStop() {
		Map<String, Boolean> answers = answers();
		answers.put("clientIs21OrOlder", false);

		ScreeningResult result = screening.evaluate(answers);

		assertThat(result.outcome()).isEqualTo(Outcome.HARD_STOP);
		assertThat(result.decisiveReasons()).contains("under 21");
	}

	@Test
	void aCurrentTreatmentNeedsReview() {
		Map<String, Boolean> answers = answers();
		answers.put("currentTreatment", true);

		ScreeningResult result = screening.evaluate(answers);

		assertThat(result.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(result.findings()).extracting(Finding::kind).containsExactly(Kind.REVIEW);
	}

	@Test
	void needingAnInterpreterIsClearWithALogisticsFinding() {
		Map<String, Boolean> answers = answers();
		answers.put("needsInterpreter", true);

		ScreeningResult result = screening.evaluate(answers);

		assertThat(result.outcome()).isEqualTo(Outcome.CLEAR);
		assertThat(result.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.LOGISTICS);
			assertThat(finding.reason()).containsIgnoringCase("interpreter");
		});
	}

	@Test
	void aHardStopOutweighsAReviewItem() {
		Map<String, Boolean> answers = answers();
		answers.put("lithiumLast30Days", true);
		answers.put("currentTreatment", true);

		ScreeningResult result = screening.evaluate(answers);

		assertThat(result.outcome()).isEqualTo(Outcome.HARD_STOP);
		assertThat(result.findings()).extracting(Finding::kind).containsExactlyInAnyOrder(Kind.HARD_STOP, Kind.REVIEW);
		assertThat(result.decisiveReasons()).containsIgnoringCase("lithium").doesNotContainIgnoringCase("treated");
	}

	/** Every screening question answered without concern: 21 or older, no to everything else. */
	private static Map<String, Boolean> answers() {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		answers.put("clientIs21OrOlder", true);
		for (String question : new String[] { "lithiumLast30Days", "currentThoughtsOfHarm", "activePsychosis",
				"currentTreatment", "medicationsDuringSession", "historyOfHarm", "mushroomAllergy", "needsInterpreter",
				"needsSupportPerson" }) {
			answers.put(question, false);
		}
		return answers;
	}

}
