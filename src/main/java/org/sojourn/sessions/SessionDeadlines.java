package org.sojourn.sessions;

import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.compliance.ComplianceProperties;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's deadlines of a session. The session process's timers ask here when each is due (from the session
 * record) and, when one fires, call {@link #reached}, which raises {@link SessionDeadlineReached} in the timer job's
 * own transaction, only while the deadline still applies: a job that outlived its cause (a repaired instance, a
 * retried job, a record corrected meanwhile) raises nothing.
 */
@Service
@EnableConfigurationProperties(DeadlineSettings.class)
public class SessionDeadlines {

	private static final Logger log = LoggerFactory.getLogger(SessionDeadlines.class);

	private final SessionRepository sessions;

	private final DeadlineSettings settings;

	private final ComplianceProperties compliance;

	private final ApplicationEventPublisher events;

	SessionDeadlines(SessionRepository sessions, DeadlineSettings settings, ComplianceProperties compliance,
			ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.settings = settings;
		this.compliance = compliance;
		this.events = events;
	}

	/** The end of the preparation window: the preparation session plus the longest lead the gate allows. */
	@Transactional(readOnly = true)
	public Instant preparationWindowEnd(UUID sessionId) {
		Instant preparedAt = session(sessionId).getPreparationSessionAt();
		if (preparedAt == null) {
			throw new IllegalStateException("Session " + sessionId + " has no certified preparation");
		}
		return preparedAt.plus(compliance.preparationMaxLead());
	}

	/** When the warning before the window's end is due. */
	@Transactional(readOnly = true)
	public Instant preparationWindowEnding(UUID sessionId) {
		return preparationWindowEnd(sessionId).minus(settings.preparationWindowLead());
	}

	/** When the notice of the scheduled administration is due: the lead before it (in the past when it is nearer). */
	@Transactional(readOnly = true)
	public Instant administrationSoon(UUID sessionId) {
		Instant scheduledAt = session(sessionId).getAdministrationScheduledAt();
		if (scheduledAt == null) {
			throw new IllegalStateException("Session " + sessionId + " has no scheduled administration");
		}
		return scheduledAt.minus(settings.administrationLead());
	}

	/**
	 * A timer of the session fired. Raises the event when the deadline is on and still applies to the session as its
	 * record stands; otherwise it logs why not and raises nothing.
	 *
	 * @param step the open preparation step, for {@link Deadline#FORMS_OUTSTANDING}; null otherwise
	 */
	@Transactional
	public void reached(UUID sessionId, Deadline deadline, SessionStep step) {
		Session session = session(sessionId);
		String reason = whyNot(session, deadline, step);
		if (reason != null) {
			log.info("Deadline {} of session {} not raised: {}", deadline, sessionId, reason);
			return;
		}
		events.publishEvent(new SessionDeadlineReached(sessionId, deadline, step));
		log.info("Deadline {} of session {} reached{}", deadline, sessionId, step == null ? "" : " at step " + step);
	}

	private String whyNot(Session session, Deadline deadline, SessionStep step) {
		if (!settings.enabled(deadline)) {
			return "turned off";
		}
		if (!session.isOpen()) {
			return "the session is " + session.getStatus();
		}
		return switch (deadline) {
			case PREPARATION_WINDOW_ENDING, PREPARATION_WINDOW_LAPSED -> session.getAdministrationScheduledAt() != null
					? "the administration is scheduled" : null;
			case ADMINISTRATION_SOON -> whyNotSoon(session);
			case FORMS_OUTSTANDING -> session.getPhase() != SessionPhase.PREPARATION || step == null
					? "preparation is over" : null;
			case INTEGRATION_OVERDUE -> session.getPhase() != SessionPhase.INTEGRATION ? "integration is over" : null;
		};
	}

	/** Raised while check-in is still to come and the scheduled time still ahead (an hour later it is no news). */
	private static String whyNotSoon(Session session) {
		if (session.getPhase() != SessionPhase.ADMINISTRATION || session.getProductConsumedAt() != null) {
			return "the administration began";
		}
		Instant scheduledAt = session.getAdministrationScheduledAt();
		if (scheduledAt == null || !scheduledAt.isAfter(Instant.now())) {
			return "the scheduled time has passed";
		}
		return null;
	}

	private Session session(UUID sessionId) {
		return sessions.findById(sessionId).orElseThrow(() -> SessionNotFound.forId(sessionId));
	}

}
