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
