package org.sojourn.signin;

import org.springframework.stereotype.Component;

/**
 * Tells the accounts' password rules who has a second factor: with an authenticator app or a passkey the shortest
 * password allowed is 8 characters instead of 15 (NIST SP 800-63B-4).
 */
@Component
class PasswordRulesFactors implements org.sojourn.accounts.SecondFactors {

	private final SecondFactors factors;

	PasswordRulesFactors(SecondFactors factors) {
		this.factors = factors;
	}

	@Override
	public boolean hasSecondFactor(String username) {
		return factors.hasSecondFactor(username);
	}

}
