package org.sojourn.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integration left open too long. The process's timer on the integration phase marks the session once
 * (sojourn.integration.reminder-after after integration began), and the session's facilitator finds the reminder
 * on their home and on the session page until integration closes. Nobody else is reminded: the tasks are theirs.
 */
@Service
public class IntegrationReminders {

	private static final Logger log = LoggerFactory.getLogger(IntegrationReminders.class);

	private final SessionRepository sessions;

	private final ApplicationEventPublisher events;

	IntegrationReminders(SessionRepository sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * The integration timer fired. The timer ends with the integration phase, so a session closed meanwhile should
	 * not get here; should it (a repaired instance, a retried job), it is left as it is.
	 */
	@Transactional
	public void remind(UUID sessionId) {
		Session session = sessions.findById(sessionId).orElseThrow(() -> SessionNotFound.forId(sessionId));
		if (!session.isOpen() || session.getPhase() != SessionPhase.INTEGRATION) {
			log.info("Integration reminder for session {} skipped: the session is {} in phase {}", sessionId,
					session.getStatus(), session.getPhase());
			return;
		}
		session.integrationReminded(Instant.now());
		// No actor: the engine's timer made this change, and the audit trail records it as the engine's.
		events.publishEvent(new SessionChanged(sessionId, SessionChanged.Kind.UPDATED,
				"integration overdue: facilitator reminded", null));
		// The program's deadline, for those who tell people of it (by mail); raised once, with the mark.
		events.publishEvent(new SessionDeadlineReached(sessionId, SessionDeadlineReached.Deadline.INTEGRATION_OVERDUE,
				null));
		log.info("Integration of session {} is overdue; its facilitator is reminded", sessionId);
	}

	/** The user's own sessions whose integration is overdue, longest open first; none for anyone else's. */
	@Transactional(readOnly = true)
	public List<SessionViews.OverdueIntegration> overdueFor(CurrentUser user) {
		return sessions.findOverdueIntegrations(user.username())
			.stream()
			.map(overdue -> new SessionViews.OverdueIntegration(overdue.getSessionId(), overdue.getClientId(),
					overdue.getIntegrationSince(), overdue.getRemindedAt()))
			.toList();
	}

	/** The session's overdue integration, when the user is its facilitator and the reminder still stands. */
	@Transactional(readOnly = true)
	public Optional<SessionViews.OverdueIntegration> overdue(CurrentUser user, UUID sessionId) {
		return overdueFor(user).stream().filter(overdue -> overdue.sessionId().equals(sessionId)).findFirst();
	}

}
