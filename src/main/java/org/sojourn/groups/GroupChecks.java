package org.sojourn.groups;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.compliance.GroupRules;
import org.sojourn.compliance.PreparationRules;
import org.sojourn.records.SessionDoses;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * The checks a group answers to before anything about it is written: who may join, who may attend, and the state's
 * capacity and ratio rules over the group as it would stand.
 */
@Component
class GroupChecks {

	private final SessionRepository sessions;

	private final GroupParticipantRepository participants;

	private final CenterMemberships memberships;

	private final PreparationRules preparationRules;

	private final GroupRules groupRules;

	private final SessionDoses doses;

	GroupChecks(SessionRepository sessions, GroupParticipantRepository participants, CenterMemberships memberships,
			PreparationRules preparationRules, GroupRules groupRules, SessionDoses doses) {
		this.sessions = sessions;
		this.participants = participants;
		this.memberships = memberships;
		this.preparationRules = preparationRules;
		this.groupRules = groupRules;
		this.doses = doses;
	}

	/**
	 * A session that may join a group of the center at the given time: associated with the center (else it is not
	 * the administrator's to see: 404), open, preparation certified, not yet checked in, in no group, and within its own
	 * preparation window at the group's time.
	 */
	Session joining(UUID centerId, UUID sessionId, Instant groupTime) {
		Session session = sessions.findById(sessionId)
			.filter(found -> centerId.equals(found.getCenterId()))
			.orElseThrow(() -> SessionNotFound.forId(sessionId));
		String client = session.getClient().displayName();
		if (!mayJoin(session)) {
			throw ComplianceViolation.of("group-eligibility", "sessionIds",
					"%s cannot join a group: a participant's session is open, its preparation certified, and its client not yet checked in."
						.formatted(client));
		}
		participants.findByCurrentSessionId(sessionId).ifPresent(membership -> {
			throw ComplianceViolation.of("group-membership", "sessionIds",
					"%s is already in another group; a session is in at most one.".formatted(client));
		});
		try {
			// Preparation is certified, and so every consent was signed on the way there.
			preparationRules.checkReadyForAdministration(session.getPreparationSessionAt(), true, groupTime);
		}
		catch (ComplianceViolation e) {
			throw ComplianceViolation.of(e.rule(), "scheduledAt", "%s: %s".formatted(client, e.getMessage()));
		}
		return session;
	}

	/** Open, in administration (certified, at its center) and before its own check-in. */
	static boolean mayJoin(Session session) {
		return session.isOpen() && session.getPhase() == SessionPhase.ADMINISTRATION
				&& session.getPreparationSessionAt() != null && session.getProductConsumedAt() == null;
	}

	/** At least one facilitator attends, each named once and each accepted by the center. */
	void attending(UUID centerId, List<String> facilitators) {
		if (facilitators.isEmpty()) {
			throw ComplianceViolation.of("group-facilitators", "facilitators",
					"At least one facilitator attends a group administration.");
		}
		if (new HashSet<>(facilitators).size() != facilitators.size()) {
			throw ComplianceViolation.of("group-facilitators", "facilitators", "Name each facilitator once.");
		}
		facilitators.stream()
			.filter(username -> username == null || !memberships.worksWith(centerId, username))
			.findFirst()
			.ifPresent(username -> {
				throw ComplianceViolation.of("group-facilitators", "facilitators",
						"%s is not a facilitator working with this center.".formatted(username));
			});
	}

	/**
	 * The capacity and ratio rules over the group as it would stand: these participants, this room, this many
	 * facilitators, each participant's counted dose (recorded total, else agreed estimate) unless given here.
	 */
	void rules(Collection<UUID> sessionIds, Room room, int facilitators, Map<UUID, BigDecimal> dosesGiven) {
		groupRules.check(sessionIds.size(), room.getMaximumOccupancy(), facilitators,
				largestDose(sessionIds, dosesGiven));
	}

	BigDecimal largestDose(Collection<UUID> sessionIds, Map<UUID, BigDecimal> dosesGiven) {
		return sessionIds.stream()
			.map(id -> dosesGiven.containsKey(id) ? dosesGiven.get(id) : doses.of(id).counted())
			.filter(Objects::nonNull)
			.max(BigDecimal::compareTo)
			.orElse(null);
	}

	int facilitatorsNeeded(Collection<UUID> sessionIds) {
		if (sessionIds.isEmpty()) {
			return 1;
		}
		BigDecimal largest = largestDose(sessionIds, Map.of());
		return Math.max(1, groupRules.facilitatorsNeeded(sessionIds.size(), largest == null ? BigDecimal.ZERO : largest));
	}

}
