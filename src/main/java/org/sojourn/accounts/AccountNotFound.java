package org.sojourn.accounts;

/** No account has this username. */
public class AccountNotFound extends RuntimeException {

	private AccountNotFound(String message) {
		super(message);
	}

	static AccountNotFound named(String username) {
		return new AccountNotFound("No account is named '%s'.".formatted(username));
	}

}
