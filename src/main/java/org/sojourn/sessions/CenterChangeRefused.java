package org.sojourn.sessions;

/** The service center asked for cannot be associated with the session. */
public class CenterChangeRefused extends RuntimeException {

	CenterChangeRefused(String message) {
		super(message);
	}

}
