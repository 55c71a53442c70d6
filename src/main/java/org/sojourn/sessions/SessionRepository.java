package org.sojourn.sessions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

/** Named apart from Spring Session's own "sessionRepository", the store of HTTP sessions. */
@Repository("serviceSessionRepository")
public interface SessionRepository extends JpaRepository<Session, UUID> {

	/** Sessions the user may see: their own as facilitator, and those associated with centers they administer. */
	@Query("""
			select s from Session s
			where s.facilitatorUsername = :username or s.centerId in :centerIds
			""")
	Page<Session> findVisibleTo(String username, Collection<UUID> centerIds, Pageable pageable);

	List<Session> findByClientIdOrderByCreatedAtDesc(UUID clientId);

	/**
	 * A facilitator's own sessions, all of them when phase is null: the page asked for, not counted (the phase counts
	 * tell how many there are).
	 */
	@Query("""
			select s from Session s
			where s.facilitatorUsername = :username and (:phase is null or s.phase = :phase)
			""")
	List<Session> findOfFacilitator(String username, SessionPhase phase, Pageable pageable);

	@Query("""
			select s.phase as phase, count(s) as sessions from Session s
			where s.facilitatorUsername = :username group by s.phase
			""")
	List<PhaseCount> countPhasesOfFacilitator(String username);

	/** The facilitator's open sessions of the given clients, newest first. */
	@Query("""
			select s from Session s
			where s.facilitatorUsername = :username and s.clientId in :clientIds
			  and s.status = org.sojourn.sessions.SessionStatus.ACTIVE
			order by s.createdAt desc, s.id
			""")
	List<Session> findOpenOfClients(String username, Collection<UUID> clientIds);

	/** The facilitator's open sessions whose preparation is certified and which have no center yet, oldest first. */
	@Query("""
			select s from Session s
			where s.facilitatorUsername = :username and s.status = org.sojourn.sessions.SessionStatus.ACTIVE
			  and s.phase = org.sojourn.sessions.SessionPhase.PREPARATION and s.centerId is null
			  and s.preparationSessionAt is not null
			order by s.createdAt, s.id
			""")
	List<Session> findNeedingCenter(String username);

	/**
	 * A center's sessions, all of them when phase is null: the page asked for, not counted (the phase counts tell how
	 * many there are).
	 */
	@Query("""
			select s from Session s
			where s.centerId = :centerId and (:phase is null or s.phase = :phase)
			""")
	List<Session> findOfCenter(UUID centerId, SessionPhase phase, Pageable pageable);

	@Query("""
			select s.phase as phase, count(s) as sessions from Session s
			where s.centerId = :centerId group by s.phase
			""")
	List<PhaseCount> countPhasesOfCenter(UUID centerId);

	interface PhaseCount {

		SessionPhase getPhase();

		long getSessions();

	}

	/**
	 * The facilitator's open sessions in integration that the integration timer marked, longest open first. Integration
	 * begins when the product and waste record is submitted: that completion ends administration.
	 */
	@Query("""
			select s.id as sessionId, s.clientId as clientId, s.integrationRemindedAt as remindedAt,
			       (select max(f.submittedAt) from SubmittedForm f
			        where f.sessionId = s.id and f.step = org.sojourn.sessions.SessionStep.PRODUCT_AND_WASTE)
			         as integrationSince
			from Session s
			where s.facilitatorUsername = :facilitator
			  and s.status = org.sojourn.sessions.SessionStatus.ACTIVE
			  and s.phase = org.sojourn.sessions.SessionPhase.INTEGRATION
			  and s.integrationRemindedAt is not null
			order by s.integrationRemindedAt, s.id
			""")
	List<OverdueIntegration> findOverdueIntegrations(String facilitator);

	interface OverdueIntegration {

		UUID getSessionId();

		UUID getClientId();

		Instant getIntegrationSince();

		Instant getRemindedAt();

	}

	/** Open sessions of the center whose administration is scheduled after the instant, soonest first. */
	Page<Session> findByCenterIdAndStatusAndAdministrationScheduledAtAfter(UUID centerId, SessionStatus status,
			Instant after, Pageable pageable);

}
