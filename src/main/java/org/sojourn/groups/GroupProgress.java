package org.sojourn.groups;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Moves a checked-in group on as its participants' records fill: administered once every remaining participant's
 * administration is recorded, closed once every one's product and waste is. The group's process follows.
 */
@Component
class GroupProgress {

	private final GroupParticipantRepository participants;

	private final GroupWorkflow workflow;

	GroupProgress(GroupParticipantRepository participants, GroupWorkflow workflow) {
		this.participants = participants;
		this.workflow = workflow;
	}

	void advance(AdministrationGroup group) {
		List<GroupParticipant> remaining = participants.findByGroupIdOrderByJoinedAt(group.getId())
			.stream()
			.filter(GroupParticipant::isCurrent)
			.toList();
		if (remaining.isEmpty()) {
			// Everyone left after check-in: nothing was administered in the group; it stays for its administrators.
			return;
		}
		if (group.getStatus() == GroupStatus.CHECKED_IN && remaining.stream().allMatch(GroupParticipant::isAdministered)) {
			group.administered();
			workflow.administered(group.getId());
		}
		if (group.getStatus() == GroupStatus.ADMINISTERED
				&& remaining.stream().allMatch(GroupParticipant::isProductRecorded)) {
			group.closed();
			workflow.closed(group.getId());
		}
	}

}
