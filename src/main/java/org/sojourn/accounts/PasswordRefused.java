package org.sojourn.accounts;

/** A new password that the password rules refuse; the message says what to change. */
public class PasswordRefused extends RuntimeException {

	PasswordRefused(String message) {
		super(message);
	}

}
