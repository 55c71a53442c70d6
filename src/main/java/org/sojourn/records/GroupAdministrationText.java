package org.sojourn.records;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the session record says of its group administration, in the same words on the page and in the PDF: the group's
 * size, time, room and attending facilitators, never who the other participants are. A session that left its group
 * before consumption was administered individually, and its record says only that.
 */
public final class GroupAdministrationText {

	private GroupAdministrationText() {
	}

	/** @param time how the page or PDF writes a moment */
	public static List<FormAnswers.Row> rows(GroupAdministrationLink.GroupOfSession group,
			Function<Instant, String> time) {
		if (group.leftGroup()) {
			return List.of(new FormAnswers.Row("Administration", "individual: the session left the group "
					+ "administration of %s before consumption".formatted(time.apply(group.scheduledAt()))));
		}
		return List.of(new FormAnswers.Row("Administration", "group"),
				new FormAnswers.Row("Group scheduled", time.apply(group.scheduledAt())),
				new FormAnswers.Row("Room", group.roomName()),
				new FormAnswers.Row("Group status", group.status().toLowerCase(Locale.ROOT).replace('_', ' ')),
				new FormAnswers.Row("Clients in the group", String.valueOf(group.participants())),
				new FormAnswers.Row("Attending facilitators", String.join(", ", group.facilitatorNames())));
	}

}
