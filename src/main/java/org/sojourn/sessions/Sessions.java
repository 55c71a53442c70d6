package org.sojourn.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.clients.ClientNotFound;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.compliance.AgeRule;
import org.sojourn.compliance.CancellationRules;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions on behalf of a user. A session is visible to its facilitator and to the administrators of its associated
 * center; to anyone else it does not exist.
 */
@Service
public class Sessions {

	private final SessionRepository sessions;

	private final SessionAccess access;

	private final Clients clients;

	private final ServiceCenters centers;

	private final CenterMemberships memberships;

	private final CancellationRules cancellationRules;

	private final SessionWorkflow engine;

	private final ApplicationEventPublisher publisher;

	private final ZoneId zone;

	Sessions(SessionRepository sessions, SessionAccess access, Clients clients, ServiceCenters centers,
			CenterMemberships memberships, CancellationRules cancellationRules, SessionWorkflow engine,
			ApplicationEventPublisher publisher, @Value("${sojourn.time-zone}") ZoneId zone) {
		this.sessions = sessions;
		this.access = access;
		this.clients = clients;
		this.centers = centers;
		this.memberships = memberships;
		this.cancellationRules = cancellationRules;
		this.engine = engine;
		this.publisher = publisher;
		this.zone = zone;
	}

	/**
	 * A facilitator opens a session for one of their clients, with or without a service center. The session record
	 * takes the client's name and date of birth from the client record now; a client who is not 21 today is refused.
	 */
	@Transactional
	public SessionViews.Summary create(CurrentUser user, UUID clientId, UUID centerId) {
		if (!user.facilitator() || !clients.isOwnedBy(clientId, user.username())) {
			throw ClientNotFound.forId(clientId);
		}
		ClientProfile profile = clients.get(user.username(), clientId).profile();
		AgeRule.checkOldEnough(profile.dateOfBirth(), LocalDate.now(zone));
		checkMayUseCenter(user, centerId);
		SessionClient client = new SessionClient(profile.legalName(), blankToNull(profile.preferredName()),
				profile.dateOfBirth());
		Session session = sessions.save(new Session(clientId, client, user.username(), centerId));
		engine.start(session);
		if (centerId != null) {
			publisher.publishEvent(new SessionCenterChanged(session.getId(), centerId, null, user.username()));
		}
		return SessionViews.Summary.of(session);
	}

	/** The facilitator sets or changes the service center, until administration begins. */
	@Transactional
	public SessionViews.Summary associateCenter(CurrentUser user, UUID sessionId, UUID centerId) {
		Session session = visible(user, sessionId);
		if (!session.getFacilitatorUsername().equals(user.username())) {
			throw new SessionActionRefused("Only the session's facilitator can choose its service center.");
		}
		if (!session.isOpen()) {
			throw SessionConflict.closed(session);
		}
		if (session.getPhase() != SessionPhase.PREPARATION) {
			throw SessionConflict.administrationBegun();
		}
		checkMayUseCenter(user, centerId);
		UUID previous = session.getCenterId();
		session.associateCenter(centerId);
		engine.centerAssociated(session);
		if (centerId != null && !centerId.equals(previous)) {
			publisher.publishEvent(new SessionCenterChanged(sessionId, centerId, previous, user.username()));
		}
		return SessionViews.Summary.of(session);
	}

	/** The client withdraws, or the facilitator or center stops the session: only before product is consumed. */
	@Transactional
	public SessionViews.Summary cancel(CurrentUser user, UUID sessionId, CancellationRequest request) {
		Session session = visible(user, sessionId);
		if (!session.isOpen()) {
			throw SessionConflict.closed(session);
		}
		cancellationRules.checkCancellable(session.getProductConsumedAt());
		boolean withdrawn = request.kind() == CancellationRequest.Kind.WITHDRAWN;
		session.close(withdrawn ? SessionStatus.WITHDRAWN : SessionStatus.CANCELLED, request.reason().strip());
		if (withdrawn) {
			publisher.publishEvent(new SessionWithdrawn(sessionId, request.reason().strip(), user.username()));
		}
		engine.cancel(sessionId);
		return SessionViews.Summary.of(session);
	}

	@Transactional(readOnly = true)
	public Page<SessionViews.Summary> list(CurrentUser user, Pageable pageable) {
		return sessions.findVisibleTo(user.username(), centerIdsOf(user), pageable).map(SessionViews.Summary::of);
	}

	/**
	 * A page of the facilitator's own sessions, all or those in one phase, paged and sorted in the database. They are
	 * not counted: {@link #phasesOfFacilitator} tells how many there are, which a list of them shows in its tabs.
	 */
	@Transactional(readOnly = true)
	public List<SessionViews.Summary> ofFacilitator(CurrentUser user, SessionPhase phase, Pageable pageable) {
		return sessions.findOfFacilitator(user.username(), phase, pageable)
			.stream()
			.map(SessionViews.Summary::of)
			.toList();
	}

	/** How many of the facilitator's own sessions are in each phase (phases without any are left out). */
	@Transactional(readOnly = true)
	public Map<SessionPhase, Long> phasesOfFacilitator(CurrentUser user) {
		Map<SessionPhase, Long> counts = new EnumMap<>(SessionPhase.class);
		sessions.countPhasesOfFacilitator(user.username())
			.forEach(count -> counts.put(count.getPhase(), count.getSessions()));
		return counts;
	}

	/** The newest open session of each of the facilitator's clients among the ids, by client; one read for all. */
	@Transactional(readOnly = true)
	public Map<UUID, SessionViews.Summary> newestOpenOfClients(CurrentUser user, Collection<UUID> clientIds) {
		Map<UUID, SessionViews.Summary> newest = new HashMap<>();
		if (clientIds.isEmpty()) {
			return newest;
		}
		sessions.findOpenOfClients(user.username(), List.copyOf(clientIds))
			.forEach(session -> newest.putIfAbsent(session.getClientId(), SessionViews.Summary.of(session)));
		return newest;
	}

	/** The facilitator's open sessions that wait for them to choose a center ({@link SessionStage#NEEDS_CENTER}). */
	@Transactional(readOnly = true)
	public List<SessionViews.Summary> needingCenter(CurrentUser user) {
		return sessions.findNeedingCenter(user.username()).stream().map(SessionViews.Summary::of).toList();
	}

	/** A client's sessions, newest first, for the facilitator who owns the client; nobody else's. */
	@Transactional(readOnly = true)
	public List<SessionViews.Summary> ofClient(CurrentUser facilitator, UUID clientId) {
		return sessions.findByClientIdOrderByCreatedAtDesc(clientId)
			.stream()
			.filter(session -> session.getFacilitatorUsername().equals(facilitator.username()))
			.map(SessionViews.Summary::of)
			.toList();
	}

	/**
	 * A page of the sessions associated with a center, all or those in one phase, for its administrators; to anyone
	 * else the center does not exist. They are not counted: {@link #phasesOfCenter} tells how many there are.
	 */
	@Transactional(readOnly = true)
	public List<SessionViews.Summary> ofCenter(CurrentUser user, UUID centerId, SessionPhase phase,
			Pageable pageable) {
		checkAdministers(user, centerId);
		return sessions.findOfCenter(centerId, phase, pageable).stream().map(SessionViews.Summary::of).toList();
	}

	/** How many of a center's sessions are in each phase (phases without any are left out). */
	@Transactional(readOnly = true)
	public Map<SessionPhase, Long> phasesOfCenter(CurrentUser user, UUID centerId) {
		checkAdministers(user, centerId);
		Map<SessionPhase, Long> counts = new EnumMap<>(SessionPhase.class);
		sessions.countPhasesOfCenter(centerId).forEach(count -> counts.put(count.getPhase(), count.getSessions()));
		return counts;
	}

	/** Open sessions of the center with an administration scheduled in the future. */
	@Transactional(readOnly = true)
	public Page<SessionViews.Summary> upcomingAdministrations(CurrentUser user, UUID centerId, Pageable pageable) {
		checkAdministers(user, centerId);
		return sessions
			.findByCenterIdAndStatusAndAdministrationScheduledAtAfter(centerId, SessionStatus.ACTIVE, Instant.now(),
					pageable)
			.map(SessionViews.Summary::of);
	}

	/**
	 * The sessions among the ids that the user may see, by id: a list of tasks names their clients with it. Ids of
	 * sessions the user may not see are left out, as if they did not exist.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, SessionViews.Summary> visibleAmong(CurrentUser user, Collection<UUID> sessionIds) {
		Map<UUID, SessionViews.Summary> visible = new HashMap<>();
		if (sessionIds.isEmpty()) {
			return visible;
		}
		sessions.findAllById(sessionIds)
			.stream()
			.filter(session -> session.getFacilitatorUsername().equals(user.username())
					|| user.administers(session.getCenterId()))
			.forEach(session -> visible.put(session.getId(), SessionViews.Summary.of(session)));
		return visible;
	}

	/**
	 * The center's day and what follows: open sessions with an administration scheduled from the start of today (in
	 * Sojourn's zone) on, soonest first, so that today's administrations stay on the list after they began.
	 */
	@Transactional(readOnly = true)
	public Page<SessionViews.Summary> centersDay(CurrentUser user, UUID centerId, Pageable pageable) {
		checkAdministers(user, centerId);
		Instant startOfToday = LocalDate.now(zone).atStartOfDay(zone).toInstant();
		return sessions
			.findByCenterIdAndStatusAndAdministrationScheduledAtAfter(centerId, SessionStatus.ACTIVE,
					startOfToday.minusMillis(1), pageable)
			.map(SessionViews.Summary::of);
	}

	/**
	 * Whether the user may see the session, for modules that answer about it without reading it (the audit trail).
	 * Outside any transaction, so that the refusal thrown by the access check cannot mark a caller's as rollback-only.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean isVisibleTo(CurrentUser user, UUID sessionId) {
		try {
			access.visible(user, sessionId);
			return true;
		}
		catch (SessionNotFound e) {
			return false;
		}
	}

	private static void checkAdministers(CurrentUser user, UUID centerId) {
		if (!user.administers(centerId)) {
			throw CenterNotFound.forId(centerId);
		}
	}

	private Session visible(CurrentUser user, UUID sessionId) {
		return access.visible(user, sessionId);
	}

	/** A facilitator brings sessions only to a center that has accepted them. */
	private void checkMayUseCenter(CurrentUser facilitator, UUID centerId) {
		if (centerId == null) {
			return;
		}
		if (centers.find(centerId).isEmpty()) {
			throw new SessionActionRefused("There is no service center %s.".formatted(centerId));
		}
		if (!memberships.worksWith(centerId, facilitator.username())) {
			throw new SessionActionRefused("This service center has not accepted you as a facilitator. Ask its "
					+ "administrators for an invitation and accept it first.");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static List<UUID> centerIdsOf(CurrentUser user) {
		// An empty IN list is not portable SQL; a random id matches nothing.
		return user.administeredCenters().isEmpty() ? List.of(UUID.randomUUID())
				: List.copyOf(user.administeredCenters());
	}

}
