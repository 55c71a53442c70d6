package org.sojourn.compliance;

import java.util.List;

/**
 * What screening found. The outcome is the strictest of the findings: a hard stop denies services, a review item
 * needs the facilitator's documented decision, logistics must be arranged but do not hold anything up.
 */
public record ScreeningResult(Outcome outcome, List<Finding> findings) {

	public enum Outcome {

		HARD_STOP, REVIEW, CLEAR

	}

	public enum Kind {

		HARD_STOP, REVIEW, LOGISTICS

	}

	public record Finding(Kind kind, String reason) {
	}

	public static ScreeningResult of(List<Finding> findings) {
		Outcome outcome = findings.stream().anyMatch(f -> f.kind() == Kind.HARD_STOP) ? Outcome.HARD_STOP
				: findings.stream().anyMatch(f -> f.kind() == Kind.REVIEW) ? Outcome.REVIEW : Outcome.CLEAR;
		return new ScreeningResult(outcome, List.copyOf(findings));
	}

	/** The reasons of the findings that decided the outcome, joined for a person to read. */
	public String decisiveReasons() {
		Kind decisive = outcome == Outcome.HARD_STOP ? Kind.HARD_STOP : Kind.REVIEW;
		return String.join("; ", findings.stream().filter(f -> f.kind() == decisive).map(Finding::reason).toList());
	}

}
