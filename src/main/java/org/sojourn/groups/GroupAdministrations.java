package org.sojourn.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionDoses;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group administrations on behalf of a user: a center's rooms, planning a group and changing it, its check-in and
 * cancellation. Rooms and planning are for the center's administrators; a facilitator with a participant in a group
 * (or attending it) sees the group without other facilitators' clients. Anyone else finds nothing (404). Every change
 * is checked whole before anything is written, and of two changes of one group at once only the first commits.
 */
@Service
@Transactional
public class GroupAdministrations {

	private final GroupRepository groups;

	private final GroupParticipantRepository participants;

	private final RoomRepository rooms;

	private final SessionRepository sessions;

	private final SessionDoses doses;

	private final GroupChecks checks;

	private final GroupViews views;

	private final GroupProgress progress;

	private final GroupWorkflow workflow;

	private final CenterRooms centerRooms;

	private final GroupAudit audit;

	GroupAdministrations(GroupRepository groups, GroupParticipantRepository participants, RoomRepository rooms,
			SessionRepository sessions, SessionDoses doses, GroupChecks checks, GroupViews views,
			GroupProgress progress, GroupWorkflow workflow, CenterRooms centerRooms, GroupAudit audit) {
		this.centerRooms = centerRooms;
		this.audit = audit;
		this.groups = groups;
		this.participants = participants;
		this.rooms = rooms;
		this.sessions = sessions;
		this.doses = doses;
		this.checks = checks;
		this.views = views;
		this.progress = progress;
		this.workflow = workflow;
	}

	// ---- Rooms ----

	@Transactional(readOnly = true)
	public List<RoomView> rooms(CurrentUser user, UUID centerId) {
		administered(user, centerId);
		return centerRooms.of(centerId);
	}

	public RoomView addRoom(CurrentUser user, UUID centerId, RoomRequest request) {
		administered(user, centerId);
		RoomView room = centerRooms.add(centerId, request);
		audit.room(user, AuditAction.CREATE, room.id(), "room added to center " + centerId);
		return room;
	}

	/** Refused below the size of a group planned or under way in the room. */
	public RoomView changeRoom(CurrentUser user, UUID centerId, UUID roomId, RoomRequest request) {
		administered(user, centerId);
		RoomView room = centerRooms.change(centerId, roomId, request);
		audit.room(user, AuditAction.UPDATE, roomId, "room changed");
		return room;
	}

	/** A retired room takes no new group; groups already planned in it keep it. */
	public void retireRoom(CurrentUser user, UUID centerId, UUID roomId) {
		administered(user, centerId);
		centerRooms.retire(centerId, roomId);
		audit.room(user, AuditAction.OTHER, roomId, "room retired");
	}

	// ---- Planning ----

	/**
	 * Sessions that may join a group of the center: associated with it, preparation certified, not yet checked in, in
	 * no group.
	 */
	@Transactional(readOnly = true)
	public List<SessionChoice> eligibleSessions(CurrentUser user, UUID centerId) {
		administered(user, centerId);
		List<Session> candidates = sessions.findOfCenter(centerId, SessionPhase.ADMINISTRATION, Pageable.unpaged())
			.stream()
			.filter(GroupChecks::mayJoin)
			.toList();
		var inGroups = new HashSet<UUID>();
		participants.findByCurrentSessionIdIn(candidates.stream().map(Session::getId).toList())
			.forEach(member -> inGroups.add(member.getSessionId()));
		return candidates.stream()
			.filter(session -> !inGroups.contains(session.getId()))
			.sorted(Comparator.comparing((Session session) -> session.getClient().legalName())
				.thenComparing(Session::getId))
			.map(session -> new SessionChoice(session.getId(), session.getClient().displayName(),
					views.displayName(session.getFacilitatorUsername()), doses.of(session.getId()).estimatedMg()))
			.toList();
	}

	public GroupView plan(CurrentUser user, UUID centerId, GroupPlan plan) {
		administered(user, centerId);
		if (plan.scheduledAt() == null || plan.roomId() == null) {
			throw ComplianceViolation.of("group-plan", plan.scheduledAt() == null ? "scheduledAt" : "roomId",
					"Choose the date, time and room of the group.");
		}
		Room room = rooms.findByIdAndCenterId(plan.roomId(), centerId).orElseThrow(() -> GroupNotFound.room(plan.roomId()));
		if (room.isRetired()) {
			throw ComplianceViolation.of("group-room", "roomId", "The room %s is retired.".formatted(room.getName()));
		}
		List<UUID> sessionIds = plan.sessionIds() == null ? List.of() : new ArrayList<>(plan.sessionIds());
		if (sessionIds.isEmpty() || sessionIds.stream().anyMatch(Objects::isNull)
				|| new HashSet<>(sessionIds).size() != sessionIds.size()) {
			throw ComplianceViolation.of("group-participants", "sessionIds",
					"Choose the participants, each session once.");
		}
		List<String> facilitators = plan.facilitators() == null ? List.of() : new ArrayList<>(plan.facilitators());
		checks.attending(centerId, facilitators);
		List<Session> joining = sessionIds.stream().map(id -> checks.joining(centerId, id, plan.scheduledAt())).toList();
		checks.rules(sessionIds, room, facilitators.size(), Map.of());

		AdministrationGroup group = groups.save(
				new AdministrationGroup(centerId, room.getId(), plan.scheduledAt(), facilitators, user.username()));
		workflow.planned(group.getId());
		audit.group(user, AuditAction.CREATE, group.getId(), "group administration planned at center " + centerId);
		joining.forEach(session -> join(user, group, room, session));
		return views.of(group, user);
	}

	@Transactional(readOnly = true)
	public List<GroupView> groupsOfCenter(CurrentUser user, UUID centerId) {
		administered(user, centerId);
		return groups.findByCenterIdOrderByScheduledAtDesc(centerId).stream().map(group -> views.of(group, user)).toList();
	}

	@Transactional(readOnly = true)
	public GroupView group(CurrentUser user, UUID groupId) {
		AdministrationGroup group = groups.findById(groupId).orElseThrow(() -> GroupNotFound.forId(groupId));
		if (!user.administers(group.getCenterId()) && !concerns(group, user)) {
			throw GroupNotFound.forId(groupId);
		}
		return views.of(group, user);
	}

	/** The group a session is in now, as the user may see it; empty when it is in none or the session is not theirs. */
	@Transactional(readOnly = true)
	public Optional<GroupView> groupOfSession(CurrentUser user, UUID sessionId) {
		Optional<Session> session = sessions.findById(sessionId)
			.filter(found -> user.username().equals(found.getFacilitatorUsername()) || user.administers(found.getCenterId()));
		if (session.isEmpty()) {
			throw SessionNotFound.forId(sessionId);
		}
		return participants.findByCurrentSessionId(sessionId)
			.flatMap(member -> groups.findById(member.getGroupId()))
			.map(group -> views.of(group, user));
	}

	// ---- Changes ----

	public GroupView addParticipant(CurrentUser user, UUID groupId, UUID sessionId) {
		AdministrationGroup group = forChange(user, groupId);
		if (group.getStatus() != GroupStatus.PLANNED) {
			throw GroupConflict.notPlanned(group.getStatus());
		}
		Room room = views.room(group);
		Session session = checks.joining(group.getCenterId(), sessionId, group.getScheduledAt());
		List<UUID> after = new ArrayList<>(currentOf(group));
		after.add(sessionId);
		checks.rules(after, room, group.getFacilitators().size(), Map.of());
		join(user, group, room, session);
		return views.of(group, user);
	}

	/**
	 * A participant leaves until it consumes product (recorded at its own check-in). Before the group's check-in its
	 * session goes back to individual scheduling; after it, the session goes on with its own tasks as an individual
	 * administration.
	 */
	public GroupView removeParticipant(CurrentUser user, UUID groupId, UUID sessionId) {
		AdministrationGroup group = forChange(user, groupId);
		GroupParticipant member = participants.findById(new GroupParticipant.Key(groupId, sessionId))
			.filter(GroupParticipant::isCurrent)
			.orElseThrow(() -> GroupNotFound.participant(sessionId));
		if (!group.getStatus().isOpen()) {
			throw GroupConflict.ended(group.getStatus());
		}
		Session session = sessions.findById(sessionId).orElseThrow(() -> SessionNotFound.forId(sessionId));
		// The check-in records whether the client consumed product; from then on they are administered in the group.
		if (member.isAdministered() || session.getProductConsumedAt() != null) {
			throw GroupConflict.of("This participant has consumed product; they can no longer leave the group.");
		}
		List<UUID> after = new ArrayList<>(currentOf(group));
		after.remove(sessionId);
		checks.rules(after, views.room(group), group.getFacilitators().size(), Map.of());
		member.leave();
		participants.flush();
		audit.participant(user.username(), sessionId, "left group administration " + groupId);
		if (group.getStatus() == GroupStatus.PLANNED) {
			session.administrationScheduled(null, null);
			workflow.left(session);
		}
		else {
			progress.advance(group);
		}
		return views.of(group, user);
	}

	public GroupView changeFacilitators(CurrentUser user, UUID groupId, List<String> facilitators) {
		AdministrationGroup group = forChange(user, groupId);
		if (!group.getStatus().isOpen()) {
			throw GroupConflict.ended(group.getStatus());
		}
		List<String> attending = facilitators == null ? List.of() : new ArrayList<>(facilitators);
		checks.attending(group.getCenterId(), attending);
		checks.rules(currentOf(group), views.room(group), attending.size(), Map.of());
		group.changeFacilitators(attending);
		audit.group(user, AuditAction.UPDATE, groupId, "attending facilitators changed");
		return views.of(group, user);
	}

	/** The group arrives: each participant goes to its own check-in, where its client consumes the initial dose. */
	public GroupView checkIn(CurrentUser user, UUID groupId) {
		AdministrationGroup group = forChange(user, groupId);
		if (group.getStatus() != GroupStatus.PLANNED) {
			throw GroupConflict.notPlanned(group.getStatus());
		}
		List<UUID> current = currentOf(group);
		if (current.isEmpty()) {
			throw ComplianceViolation.of("group-participants", null,
					"A group without participants cannot be checked in; cancel it instead.");
		}
		checks.rules(current, views.room(group), group.getFacilitators().size(), Map.of());
		group.checkedIn();
		audit.group(user, AuditAction.UPDATE, groupId, "group administration checked in");
		workflow.checkedIn(groupId, current);
		return views.of(group, user);
	}

	/** Before check-in only: every participant goes back to individual scheduling. */
	public GroupView cancel(CurrentUser user, UUID groupId, String reason) {
		AdministrationGroup group = forChange(user, groupId);
		if (group.getStatus() != GroupStatus.PLANNED) {
			throw GroupConflict.notPlanned(group.getStatus());
		}
		if (reason == null || reason.isBlank()) {
			throw ComplianceViolation.of("group-cancellation", "reason", "Say why the group is cancelled.");
		}
		List<GroupParticipant> members = participants.findByGroupIdOrderByJoinedAt(groupId)
			.stream()
			.filter(GroupParticipant::isCurrent)
			.toList();
		members.forEach(GroupParticipant::leave);
		participants.flush();
		List<Session> released = sessions.findAllById(members.stream().map(GroupParticipant::getSessionId).toList());
		released.forEach(session -> session.administrationScheduled(null, null));
		group.cancelled(reason.strip());
		audit.group(user, AuditAction.CANCEL, groupId, "group administration cancelled");
		released.forEach(session -> audit.participant(user.username(), session.getId(),
				"left group administration " + groupId + " (group cancelled)"));
		workflow.cancelled(groupId, released);
		return views.of(group, user);
	}

	/**
	 * The participant's session was cancelled or withdrawn (its process calls this on cancellation): it leaves its
	 * group, which goes on without it.
	 */
	public void participantCancelled(UUID sessionId) {
		participants.findByCurrentSessionId(sessionId).ifPresent(member -> {
			AdministrationGroup group = groups.findForChange(member.getGroupId()).orElseThrow();
			member.leave();
			participants.flush();
			if (group.getStatus() == GroupStatus.CHECKED_IN) {
				progress.advance(group);
			}
		});
	}

	// ---- Helpers ----

	private void join(CurrentUser user, AdministrationGroup group, Room room, Session session) {
		participants.findById(new GroupParticipant.Key(group.getId(), session.getId()))
			.ifPresentOrElse(GroupParticipant::rejoin,
					() -> participants.save(new GroupParticipant(group.getId(), session.getId())));
		participants.flush();
		session.administrationScheduled(group.getScheduledAt(), room.getName());
		audit.participant(user.username(), session.getId(), "joined group administration " + group.getId());
		workflow.joined(session);
	}

	private List<UUID> currentOf(AdministrationGroup group) {
		return GroupViews.current(participants.findByGroupIdOrderByJoinedAt(group.getId()));
	}

	/** A facilitator whose client is (or was) a participant, or who attends. */
	private boolean concerns(AdministrationGroup group, CurrentUser user) {
		if (!user.facilitator()) {
			return false;
		}
		if (group.getFacilitators().contains(user.username())) {
			return true;
		}
		List<UUID> sessionIds = participants.findByGroupIdOrderByJoinedAt(group.getId())
			.stream()
			.map(GroupParticipant::getSessionId)
			.toList();
		return sessions.findAllById(sessionIds)
			.stream()
			.anyMatch(session -> user.username().equals(session.getFacilitatorUsername()));
	}

	private AdministrationGroup forChange(CurrentUser user, UUID groupId) {
		AdministrationGroup group = groups.findForChange(groupId).orElseThrow(() -> GroupNotFound.forId(groupId));
		if (!user.administers(group.getCenterId())) {
			throw GroupNotFound.forId(groupId);
		}
		return group;
	}

	private static void administered(CurrentUser user, UUID centerId) {
		if (!user.administers(centerId)) {
			throw CenterNotFound.forId(centerId);
		}
	}

}
