package org.sojourn.forms;

/** Submitted form data that does not satisfy the form: a required field is empty, a value is out of range. */
public class FormDataInvalid extends RuntimeException {

	private final String field;

	private FormDataInvalid(String field, String message) {
		super(message);
		this.field = field;
	}

	public static FormDataInvalid of(String field, String message) {
		return new FormDataInvalid(field, message);
	}

	public String field() {
		return field;
	}

}
