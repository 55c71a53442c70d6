package org.sojourn.accounts;

import org.springframework.http.HttpStatus;

/** An account that cannot be created as asked (a field to correct); nothing was written. */
public class JoinRefused extends RuntimeException {

	private final String field;

	private final HttpStatus status;

	JoinRefused(String field, String message) {
		this(field, message, HttpStatus.BAD_REQUEST);
	}

	public JoinRefused(String field, String message, HttpStatus status) {
		super(message);
		this.field = field;
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

	public String field() {
		return field;
	}

}
