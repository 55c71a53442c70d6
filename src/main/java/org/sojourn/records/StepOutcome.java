package org.sojourn.records;

/**
 * What the process needs to know to route on after a step: the outcome of screening, the facilitator's review
 * decision, whether integration was accepted and whether another integration session follows. Null where the step
 * decides nothing of it.
 */
public record StepOutcome(String screeningOutcome, Boolean servicesMayProceed, Boolean integrationAccepted,
		Boolean moreIntegrationSessions) {

	static final StepOutcome NONE = new StepOutcome(null, null, null, null);

	static StepOutcome screening(String outcome) {
		return new StepOutcome(outcome, null, null, null);
	}

	static StepOutcome review(boolean proceed) {
		return new StepOutcome(null, proceed, null, null);
	}

	static StepOutcome integrationOffer(boolean accepted) {
		return new StepOutcome(null, null, accepted, null);
	}

	static StepOutcome integrationSession(boolean another) {
		return new StepOutcome(null, null, null, another);
	}

}
