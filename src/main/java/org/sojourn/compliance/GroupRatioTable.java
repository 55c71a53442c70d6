package org.sojourn.compliance;

import java.math.BigDecimal;

/**
 * The state's table of how many clients one facilitator may attend in a group administration, by the largest
 * individual dose in the group (a DMN decision, {@code decision_groupRatio}, beside the process model). Boundaries
 * the rule's text leaves ambiguous (exactly 5 mg, exactly 35 mg) fall in the stricter tier.
 */
public interface GroupRatioTable {

	/** Clients per facilitator at this largest dose (initial plus secondary, psilocybin analyte, mg). */
	int clientsPerFacilitator(BigDecimal largestDoseMg);

}
