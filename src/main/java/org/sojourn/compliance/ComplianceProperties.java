package org.sojourn.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds of the rules (sojourn.compliance.*). The state revises them about once a year.
 *
 * @param doseCapMg most psilocybin analyte a client may consume in one session, initial plus secondary dose
 * @param preparationMinLead least time between the preparation session and administration
 * @param preparationMaxLead most time between the preparation session and administration
 */
@Validated
@ConfigurationProperties("sojourn.compliance")
public record ComplianceProperties(@NotNull @Positive BigDecimal doseCapMg, @NotNull Duration preparationMinLead,
		@NotNull Duration preparationMaxLead) {
}
