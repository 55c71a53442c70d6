package org.sojourn.accounts;

import org.springframework.http.HttpStatus;

/** A mailed link that does not work (any more); nothing was changed. */
public class LinkRefused extends RuntimeException {

	private final HttpStatus status;

	private final String reason;

	private LinkRefused(HttpStatus status, String reason, String message) {
		super(message);
		this.status = status;
		this.reason = reason;
	}

	static LinkRefused unknown() {
		return new LinkRefused(HttpStatus.NOT_FOUND, "unknown", "This link is not known to Sojourn. Check that it was "
				+ "copied whole.");
	}

	static LinkRefused expired() {
		return new LinkRefused(HttpStatus.GONE, "expired", "This link has expired. Ask for a new one.");
	}

	static LinkRefused used() {
		return new LinkRefused(HttpStatus.GONE, "used", "This link was used already; each link works once.");
	}

	static LinkRefused superseded() {
		return new LinkRefused(HttpStatus.GONE, "superseded", "A newer link was sent since; only the newest works. "
				+ "Use the link of the latest mail.");
	}

	public HttpStatus status() {
		return status;
	}

	public String reason() {
		return reason;
	}

}
