package org.sojourn.signin;

import org.sojourn.identity.SignInRuleReads;
import org.springframework.stereotype.Component;

/**
 * The API's enrolment rule, read by an API token's sign-in in its own transaction, with the account (one
 * transaction less per request); {@link ApiSignInRules} then answers from it. A token is not a password, so only the
 * enrolment rule applies to it.
 */
@Component
class TokenSignInRule implements SignInRuleReads {

	/** The user must have a second factor and has none. */
	static final String ENROL_FIRST = "enrol-first";

	private final SecondFactors factors;

	TokenSignInRule(SecondFactors factors) {
		this.factors = factors;
	}

	@Override
	public String refusal(String username) {
		return factors.isRequiredOf(username) && !factors.hasSecondFactor(username) ? ENROL_FIRST : null;
	}

}
