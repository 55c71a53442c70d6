package org.sojourn.groups;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sojourn.identity.Account;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionDoses;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * A group as one person may see it: the center's administrators every participant, anyone else (a facilitator the
 * group's access let through) only the participants who are their own clients.
 */
@Component
class GroupViews {

	private final RoomRepository rooms;

	private final GroupParticipantRepository participants;

	private final SessionRepository sessions;

	private final SessionDoses doses;

	private final Accounts accounts;

	private final GroupChecks checks;

	GroupViews(RoomRepository rooms, GroupParticipantRepository participants, SessionRepository sessions,
			SessionDoses doses, Accounts accounts, GroupChecks checks) {
		this.rooms = rooms;
		this.participants = participants;
		this.sessions = sessions;
		this.doses = doses;
		this.accounts = accounts;
		this.checks = checks;
	}

	GroupView of(AdministrationGroup group, CurrentUser viewer) {
		List<GroupParticipant> members = participants.findByGroupIdOrderByJoinedAt(group.getId());
		Map<UUID, Session> sessionById = sessions.findAllById(members.stream().map(GroupParticipant::getSessionId).toList())
			.stream()
			.collect(Collectors.toMap(Session::getId, Function.identity()));
		List<UUID> current = current(members);
		boolean wholeGroup = viewer.administers(group.getCenterId());
		List<ParticipantView> visible = members.stream()
			.filter(member -> wholeGroup
					|| viewer.username().equals(sessionById.get(member.getSessionId()).getFacilitatorUsername()))
			.map(member -> participant(member, sessionById.get(member.getSessionId())))
			.toList();
		return new GroupView(group.getId(), group.getCenterId(), group.getScheduledAt(), room(group).view(),
				group.getStatus().name(), attending(group), current.size(), checks.facilitatorsNeeded(current),
				visible);
	}

	private ParticipantView participant(GroupParticipant member, Session session) {
		SessionDoses.Doses dose = doses.of(member.getSessionId());
		return new ParticipantView(member.getSessionId(), session.getClient().displayName(),
				session.getFacilitatorUsername(), dose.counted(), dose.recordedMg() != null, !member.isCurrent());
	}

	List<Attending> attending(AdministrationGroup group) {
		return group.getFacilitators()
			.stream()
			.sorted()
			.map(username -> new Attending(username, displayName(username)))
			.toList();
	}

	String displayName(String username) {
		return accounts.find(username).map(Account::getDisplayName).orElse(username);
	}

	Room room(AdministrationGroup group) {
		return rooms.findById(group.getRoomId()).orElseThrow();
	}

	static List<UUID> current(List<GroupParticipant> members) {
		return members.stream().filter(GroupParticipant::isCurrent).map(GroupParticipant::getSessionId).toList();
	}

}
