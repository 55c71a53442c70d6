package org.sojourn.groups;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.sojourn.records.GroupAdministrationLink;
import org.springframework.stereotype.Component;

/** What the session record asks of groups: the group a session was in, and the ratio at every dose recorded. */
@Component
class GroupRecordLink implements GroupAdministrationLink {

	@Override
	public Optional<GroupOfSession> groupOf(UUID sessionId) {
		return Optional.empty();
	}

	@Override
	public void checkRecordedDose(UUID sessionId, BigDecimal totalDoseMg) {
	}

	@Override
	public void administrationRecorded(UUID sessionId) {
	}

}
