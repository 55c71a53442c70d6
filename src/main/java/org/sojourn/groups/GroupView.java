package org.sojourn.groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A group administration as one person may see it. The center's administrators get every participant; a facilitator
 * gets the date, room, count and attending facilitators, and only the participants who are their own clients.
 *
 * @param status PLANNED, CHECKED_IN, ADMINISTERED, CLOSED or CANCELLED
 * @param participantCount participants now in the group (not those who left), whoever may see them
 * @param facilitatorsNeeded the fewest attending facilitators the ratio allows for the group as it stands
 * @param participants the participants the viewer may see, those who left included ({@code left})
 */
public record GroupView(UUID id, UUID centerId, Instant scheduledAt, RoomView room, String status,
		List<Attending> facilitators, int participantCount, int facilitatorsNeeded, List<ParticipantView> participants) {

}
