package org.sojourn.servicecenters;

/** A center that cannot be registered as asked: its license is taken, or its first administrator has no account. */
public class RegistrationRefused extends RuntimeException {

	private RegistrationRefused(String message) {
		super(message);
	}

	static RegistrationRefused licenseTaken(String licenseNumber) {
		return new RegistrationRefused("A center with license %s exists already.".formatted(licenseNumber));
	}

	static RegistrationRefused noAccount(String username) {
		return new RegistrationRefused(("No account has the username '%s'. Name the first administrator by their "
				+ "email address to invite them.").formatted(username));
	}

}
