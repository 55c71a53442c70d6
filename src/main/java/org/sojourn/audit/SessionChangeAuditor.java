package org.sojourn.audit;

import org.sojourn.sessions.SessionChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes a trail entry for every change of a session record, whichever door it came through (Sojourn's API,
 * Tasklist, engine REST). It runs synchronously in the change's own transaction: a change that cannot be logged
 * is not made, and a change that rolls back leaves no entry.
 */
@Component
class SessionChangeAuditor {

	/** The source of a change made without an HTTP request: a timer, a job, start-up. */
	static final String ENGINE = "engine";

	private final AuditTrail trail;

	SessionChangeAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(SessionChanged change) {
		String actor = change.actor() == null || change.actor().isBlank() ? ENGINE : change.actor();
		String what = change.what() == null ? "session record changed" : change.what();
		trail.record(actor, actionOf(change.kind()), AuditRecordType.SESSION, change.sessionId(), what, "ok", source());
	}

	static AuditAction actionOf(SessionChanged.Kind kind) {
		return switch (kind) {
			case FORM_SUBMITTED -> AuditAction.COMPLETE;
			case UPDATED -> AuditAction.UPDATE;
			case DENIED -> AuditAction.DENY;
		};
	}

	private static String source() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes request ? request.getRequest().getRemoteAddr() : ENGINE;
	}

}
