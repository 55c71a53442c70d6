package org.sojourn.groups;

/** The group, or a participant's session, is not in a state that allows what was asked. Nothing was changed. */
public class GroupConflict extends RuntimeException {

	private GroupConflict(String message) {
		super(message);
	}

	public static GroupConflict of(String message) {
		return new GroupConflict(message);
	}

	static GroupConflict notPlanned(GroupStatus status) {
		return new GroupConflict("The group is %s; participants join it and it is checked in or cancelled only while it is planned."
			.formatted(words(status)));
	}

	static GroupConflict ended(GroupStatus status) {
		return new GroupConflict("The group is %s; it can no longer be changed.".formatted(words(status)));
	}

	static String words(GroupStatus status) {
		return status.name().toLowerCase().replace('_', ' ');
	}

}
