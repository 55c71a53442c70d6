package org.sojourn.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ComplianceRulesTests {

	private static final ComplianceProperties PROPERTIES = new ComplianceProperties(new BigDecimal("50"),
			Duration.ofHours(24), Duration.ofDays(90));

	private static final Instant PREPARED = Instant.parse("2026-03-01T17:00:00Z");

	private static final Instant STARTED = Instant.parse("2026-03-05T17:00:00Z");

	/** What the decision table was asked, so that a test can see the rules hand it the right inputs. */
	private final List<String> tableCalls = new ArrayList<>();

	private final AdministrationRules administration = new AdministrationRules(PROPERTIES,
			(totalDoseMg, repeatClient, wholeFungi) -> {
				tableCalls.add(totalDoseMg.stripTrailingZeros().toPlainString() + "/" + repeatClient + "/" + wholeFungi);
				return Duration.ofHours(4);
			});

	private final PreparationRules preparation = new PreparationRules(PROPERTIES);

	private final CancellationRules cancellation = new CancellationRules();

	/** The state's tiers, as the deployed decision answers them (DecisionTableTests checks that one). */
	private final GroupRules groups = new GroupRules(dose -> dose.compareTo(new BigDecimal("5")) < 0 ? 25
			: dose.compareTo(new BigDecimal("10")) < 0 ? 15 : dose.compareTo(new BigDecimal("15")) < 0 ? 8
					: dose.compareTo(new BigDecimal("25")) < 0 ? 6 : dose.compareTo(new BigDecimal("35")) < 0 ? 4 : 2);

	@Test
	void aGroupWithTooFewFacilitatorsForItsLargestDoseIsRefusedNamingTheNumbers() {
		assertThatThrownBy(() -> groups.check(6, 10, 1, new BigDecimal("30"))).isInstanceOf(ComplianceViolation.class)
			.hasMessage("6 participants at up to 30 mg need 2 facilitators; 1 attends.");
		assertThatCode(() -> groups.check(6, 10, 2, new BigDecimal("30"))).doesNotThrowAnyException();
		assertThatCode(() -> groups.check(4, 10, 1, new BigDecimal("30"))).doesNotThrowAnyException();
	}

	@Test
	void aGroupIsLimitedToTwentyFiveClientsOrTheRoomIfSmaller() {
		assertThatThrownBy(() -> groups.check(9, 8, 5, new BigDecimal("1")))
			.hasMessage("The room holds at most 8; the group would have 9 participants.");
		assertThatThrownBy(() -> groups.check(26, 40, 5, new BigDecimal("1")))
			.hasMessage("A group may have at most 25 participants; this one would have 26.");
		assertThatCode(() -> groups.check(25, 40, 1, new BigDecimal("4.99"))).doesNotThrowAnyException();
	}

	@Test
	void doseExactlyAtTheCapIsAllowed() {
		assertThat(administration.checkDoseCap(new BigDecimal("50"), null)).isEqualByComparingTo("50");
		assertThat(administration.checkDoseCap(new BigDecimal("30"), new BigDecimal("20"))).isEqualByComparingTo("50");
	}

	@Test
	void initialDoseOverTheCapIsRefused() {
		assertRefused(() -> administration.checkDoseCap(new BigDecimal("50.01"), null), "dose-cap",
				"50.01 mg is over the limit of 50 mg");
	}

	@Test
	void secondaryDoseTakingTheTotalOverTheCapIsRefused() {
		assertRefused(() -> administration.checkDoseCap(new BigDecimal("40"), new BigDecimal("10.01")), "dose-cap",
				"50.01 mg is over the limit");
	}

	@Test
	void sessionLastingTheTablesMinimumIsAllowed() {
		assertThatCode(() -> administration.checkMinimumDuration(new BigDecimal("20"), true, false, STARTED,
				STARTED.plus(Duration.ofHours(4))))
			.doesNotThrowAnyException();
		assertThat(tableCalls).containsExactly("20/true/false");
	}

	@Test
	void sessionShorterThanTheTablesMinimumIsRefused() {
		assertViolation(() -> administration.checkMinimumDuration(new BigDecimal("20"), false, true, STARTED,
				STARTED.plus(Duration.ofHours(4).minusMinutes(1))), "minimum-duration", "sessionEndedAt",
				"must last at least 4 hours; this one lasted 3 h 59 min");
		assertThat(tableCalls).containsExactly("20/false/true");
	}

	@Test
	void sessionEndingBeforeItStartedIsRefused() {
		assertViolation(() -> administration.checkMinimumDuration(new BigDecimal("20"), false, false, STARTED,
				STARTED.minusSeconds(60)), "session-times", "sessionEndedAt", "must end after it started");
	}

	@Test
	void administrationLessThan24HoursAfterPreparationIsRefused() {
		assertViolation(() -> preparation.checkReadyForAdministration(PREPARED, true,
				PREPARED.plus(Duration.ofHours(24).minusMinutes(1))), "preparation-window", "administrationScheduledAt",
				"at least 24 hours after the preparation session");
	}

	@Test
	void administrationExactly24HoursAfterPreparationIsAllowed() {
		assertThatCode(() -> preparation.checkReadyForAdministration(PREPARED, true, PREPARED.plus(Duration.ofHours(24))))
			.doesNotThrowAnyException();
	}

	@Test
	void administrationExactly90DaysAfterPreparationIsAllowed() {
		assertThatCode(() -> preparation.checkReadyForAdministration(PREPARED, true, PREPARED.plus(Duration.ofDays(90))))
			.doesNotThrowAnyException();
	}

	@Test
	void administrationMoreThan90DaysAfterPreparationIsRefused() {
		assertViolation(() -> preparation.checkReadyForAdministration(PREPARED, true,
				PREPARED.plus(Duration.ofDays(90).plusMinutes(1))), "preparation-window", "administrationScheduledAt",
				"at most 90 days after the preparation session");
	}

	@Test
	void administrationBeforeConsentsAreSignedIsRefused() {
		assertViolation(() -> preparation.checkReadyForAdministration(PREPARED, false, PREPARED.plus(Duration.ofDays(2))),
				"required-forms", null, "signed every required consent");
	}

	@Test
	void administrationBeforePreparationIsCertifiedIsRefused() {
		assertViolation(() -> preparation.checkReadyForAdministration(null, true, PREPARED.plus(Duration.ofDays(2))),
				"preparation-certified", null, "certified preparation");
	}

	@Test
	void sessionIsCancellableBeforeProductIsConsumed() {
		assertThatCode(() -> cancellation.checkCancellable(null)).doesNotThrowAnyException();
	}

	@Test
	void sessionIsNotCancellableOnceProductIsConsumed() {
		assertViolation(() -> cancellation.checkCancellable(STARTED), "consumed", null,
				"cannot be cancelled: the client consumed product");
	}

	/** The dose cap applies to two forms with different field names, so its refusal names no field. */
	private static void assertRefused(ThrowingCallable call, String rule, String phrase) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ComplianceViolation.class, violation -> {
			assertThat(violation.rule()).isEqualTo(rule);
			assertThat(violation.getMessage()).contains(phrase);
		});
	}

	private static void assertViolation(ThrowingCallable call, String rule, String field, String phrase) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ComplianceViolation.class, violation -> {
			assertThat(violation.rule()).isEqualTo(rule);
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.getMessage()).contains(phrase);
		});
	}

}
