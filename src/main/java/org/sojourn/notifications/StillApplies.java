package org.sojourn.notifications;

import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionRepository;
import org.sojourn.sessions.SessionWorkflow;
import org.springframework.stereotype.Component;

/**
 * Whether a notification still applies: a task's only while the task is open, a session's only while the session
 * is open. An adverse reaction always applies (safety), as does what concerns a center or a quarter.
 */
@Component
class StillApplies {

	private final SessionWorkflow engine;

	private final SessionRepository sessions;

	StillApplies(SessionWorkflow engine, SessionRepository sessions) {
		this.engine = engine;
		this.sessions = sessions;
	}

	boolean test(Notification notification) {
		if (notification.lapsedAt() != null) {
			return false;
		}
		Notification.About about = notification.about();
		if (notification.kind() == NotificationKind.ADVERSE_REACTION) {
			return true;
		}
		if (about.taskId() != null) {
			return engine.openTask(about.taskId()).isPresent();
		}
		if (about.sessionId() != null) {
			return sessions.findById(about.sessionId()).map(Session::isOpen).orElse(false);
		}
		return true;
	}

}
