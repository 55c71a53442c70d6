package org.sojourn.compliance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Dose cap and minimum duration of an administration session. */
@Component
public class AdministrationRules {

	private final ComplianceProperties properties;

	private final MinimumDurationTable minimumDurations;

	AdministrationRules(ComplianceProperties properties, MinimumDurationTable minimumDurations) {
		this.properties = properties;
		this.minimumDurations = minimumDurations;
	}

	/** The total of both doses must not exceed the cap. Returns the total. */
	public BigDecimal checkDoseCap(BigDecimal initialDoseMg, BigDecimal secondaryDoseMg) {
		BigDecimal total = initialDoseMg.add(secondaryDoseMg == null ? BigDecimal.ZERO : secondaryDoseMg);
		if (total.compareTo(properties.doseCapMg()) > 0) {
			throw ComplianceViolation.of("dose-cap", null,
					"The total dose of %s mg is over the limit of %s mg psilocybin analyte per session."
						.formatted(total.stripTrailingZeros().toPlainString(),
								properties.doseCapMg().stripTrailingZeros().toPlainString()));
		}
		return total;
	}

	/** The session must last at least as long as the decision table requires for the total dose. */
	public void checkMinimumDuration(BigDecimal totalDoseMg, boolean repeatClient, boolean wholeFungi,
			Instant startedAt, Instant endedAt) {
		if (!endedAt.isAfter(startedAt)) {
			throw ComplianceViolation.of("session-times", "sessionEndedAt",
					"The session must end after it started.");
		}
		Duration minimum = minimumDurations.minimumDuration(totalDoseMg, repeatClient, wholeFungi);
		Duration actual = Duration.between(startedAt, endedAt);
		if (actual.compareTo(minimum) < 0) {
			throw ComplianceViolation.of("minimum-duration", "sessionEndedAt",
					"A session with a total dose of %s mg must last at least %s; this one lasted %s."
						.formatted(totalDoseMg.stripTrailingZeros().toPlainString(), readable(minimum),
								readable(actual)));
		}
	}

	static String readable(Duration duration) {
		long hours = duration.toHours();
		long minutes = duration.toMinutesPart();
		if (hours == 0) {
			return minutes + " minutes";
		}
		return minutes == 0 ? hours + (hours == 1 ? " hour" : " hours")
				: "%d h %02d min".formatted(hours, minutes);
	}

}
