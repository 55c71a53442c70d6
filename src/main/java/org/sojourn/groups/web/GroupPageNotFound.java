package org.sojourn.groups.web;

/** A room or group that a page finds is not there for this person: 404, as every missing record. */
final class GroupPageNotFound extends RuntimeException {

	private GroupPageNotFound() {
		super(null, null, false, false);
	}

	static GroupPageNotFound room() {
		return new GroupPageNotFound();
	}

	static GroupPageNotFound group() {
		return new GroupPageNotFound();
	}

}
