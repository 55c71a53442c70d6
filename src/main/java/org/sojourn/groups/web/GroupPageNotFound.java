package org.sojourn.groups.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A room or group that is not there for this person, which the pages answer as every missing record: 404. */
final class GroupPageNotFound extends ErrorResponseException {

	private GroupPageNotFound() {
		super(HttpStatus.NOT_FOUND);
	}

	static GroupPageNotFound room() {
		return new GroupPageNotFound();
	}

	static GroupPageNotFound group() {
		return new GroupPageNotFound();
	}

}
