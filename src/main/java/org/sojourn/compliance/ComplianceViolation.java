package org.sojourn.compliance;

/**
 * A rule of the program refuses what was asked. The message is written for the facilitator or administrator who
 * sees it; {@link #field()} names the form field at fault, when there is one.
 */
public class ComplianceViolation extends RuntimeException {

	private final String rule;

	private final String field;

	private ComplianceViolation(String rule, String field, String message) {
		super(message);
		this.rule = rule;
		this.field = field;
	}

	public static ComplianceViolation of(String rule, String field, String message) {
		return new ComplianceViolation(rule, field, message);
	}

	/** A short, stable name of the rule, for clients that react to a particular refusal. */
	public String rule() {
		return rule;
	}

	public String field() {
		return field;
	}

}
