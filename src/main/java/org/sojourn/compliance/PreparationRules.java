package org.sojourn.compliance;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The gate to administration: certified preparation, signed consents, and the preparation window. */
@Component
public class PreparationRules {

	private final ComplianceProperties properties;

	PreparationRules(ComplianceProperties properties) {
		this.properties = properties;
	}

	/**
	 * Administration may be scheduled only when preparation was certified and all required consents were signed,
	 * and between the configured minimum and maximum lead time after the preparation session.
	 */
	public void checkReadyForAdministration(Instant preparationSessionAt, boolean consentsSigned,
			Instant scheduledAt) {
		if (!consentsSigned) {
			throw ComplianceViolation.of("required-forms", null,
					"Administration cannot be scheduled before the client has signed every required consent and plan.");
		}
		if (preparationSessionAt == null) {
			throw ComplianceViolation.of("preparation-certified", null,
					"Administration cannot be scheduled before the facilitator has certified preparation.");
		}
		Duration lead = Duration.between(preparationSessionAt, scheduledAt);
		if (lead.compareTo(properties.preparationMinLead()) < 0) {
			throw ComplianceViolation.of("preparation-window", "administrationScheduledAt",
					"Administration must be at least %s after the preparation session."
						.formatted(AdministrationRules.readable(properties.preparationMinLead())));
		}
		if (lead.compareTo(properties.preparationMaxLead()) > 0) {
			throw ComplianceViolation.of("preparation-window", "administrationScheduledAt",
					"Administration must be at most %d days after the preparation session; a new preparation session is needed."
						.formatted(properties.preparationMaxLead().toDays()));
		}
	}

}
