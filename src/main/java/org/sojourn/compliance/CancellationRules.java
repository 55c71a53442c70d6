package org.sojourn.compliance;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Once the client has consumed product, services may not be stopped except in an emergency. */
@Component
public class CancellationRules {

	public void checkCancellable(Instant productConsumedAt) {
		if (productConsumedAt != null) {
			throw ComplianceViolation.of("consumed", null,
					"The session cannot be cancelled: the client consumed product at %s.".formatted(productConsumedAt));
		}
	}

}
