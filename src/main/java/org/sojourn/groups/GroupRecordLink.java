package org.sojourn.groups;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sojourn.records.GroupAdministrationLink;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the session record asks of groups: the group a session was in, the ratio at every dose recorded, and the
 * participant's progress through its own record, which moves the group on.
 */
@Component
class GroupRecordLink implements GroupAdministrationLink {

	private final GroupRepository groups;

	private final GroupParticipantRepository participants;

	private final GroupChecks checks;

	private final GroupViews views;

	private final GroupProgress progress;

	GroupRecordLink(GroupRepository groups, GroupParticipantRepository participants, GroupChecks checks,
			GroupViews views, GroupProgress progress) {
		this.groups = groups;
		this.participants = participants;
		this.checks = checks;
		this.views = views;
		this.progress = progress;
	}

	/** The group the session is in now, else the last it left before its consumption (not a cancelled one). */
	@Override
	@Transactional(readOnly = true)
	public Optional<GroupOfSession> groupOf(UUID sessionId) {
		return participants.findBySessionIdOrderByJoinedAtDesc(sessionId)
			.stream()
			.map(member -> Map.entry(member, groups.findById(member.getGroupId()).orElseThrow()))
			.filter(entry -> entry.getKey().isCurrent() || entry.getValue().getStatus() != GroupStatus.CANCELLED)
			.findFirst()
			.map(entry -> {
				AdministrationGroup group = entry.getValue();
				List<GroupParticipant> members = participants.findByGroupIdOrderByJoinedAt(group.getId());
				boolean administered = group.getStatus() == GroupStatus.ADMINISTERED
						|| group.getStatus() == GroupStatus.CLOSED;
				int size = (int) members.stream()
					.filter(member -> administered ? member.isCurrent() && member.isAdministered() : member.isCurrent())
					.count();
				return new GroupOfSession(group.getId(), group.getScheduledAt(), views.room(group).getName(),
						group.getStatus().name(), size, views.attending(group).stream().map(Attending::displayName).toList(),
						!entry.getKey().isCurrent());
			});
	}

	/** The group's ratio with this participant's recorded total in place of its estimate; the others as they stand. */
	@Override
	public void checkRecordedDose(UUID sessionId, BigDecimal totalDoseMg) {
		participants.findByCurrentSessionId(sessionId).ifPresent(member -> {
			AdministrationGroup group = groups.findById(member.getGroupId()).orElseThrow();
			checks.rules(GroupViews.current(participants.findByGroupIdOrderByJoinedAt(group.getId())),
					views.room(group), group.getFacilitators().size(), Map.of(sessionId, totalDoseMg));
		});
	}

	@Override
	@Transactional
	public void administrationRecorded(UUID sessionId) {
		participants.findByCurrentSessionId(sessionId).ifPresent(member -> {
			member.administered();
			progress.advance(forChange(member));
		});
	}

	@Override
	@Transactional
	public void productAndWasteRecorded(UUID sessionId) {
		participants.findByCurrentSessionId(sessionId).ifPresent(member -> {
			member.productRecorded();
			progress.advance(forChange(member));
		});
	}

	/**
	 * The participant's group, its version raised at commit: of two participants' records completed at once, the
	 * second fails (and is sent again) instead of both missing that the group is done.
	 */
	private AdministrationGroup forChange(GroupParticipant member) {
		return groups.findForChange(member.getGroupId()).orElseThrow();
	}

}
