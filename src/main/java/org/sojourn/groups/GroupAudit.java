package org.sojourn.groups;

import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.audit.AuditRecordType;
import org.sojourn.audit.AuditTrail;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.SessionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The audit trail of group administration, written in the change's transaction: the group's and rooms' own entries,
 * and an entry in each participant's session trail when it joins or leaves (its scheduled administration changes),
 * so that the session's trail tells its facilitator why. Entries name ids only, never a client.
 */
@Component
class GroupAudit {

	private final AuditTrail trail;

	private final ApplicationEventPublisher events;

	GroupAudit(AuditTrail trail, ApplicationEventPublisher events) {
		this.trail = trail;
		this.events = events;
	}

	void group(CurrentUser user, AuditAction action, UUID groupId, String what) {
		trail.recordDone(user.username(), action, AuditRecordType.GROUP, groupId, what);
	}

	void room(CurrentUser user, AuditAction action, UUID roomId, String what) {
		trail.recordDone(user.username(), action, AuditRecordType.ROOM, roomId, what);
	}

	/** Through the session's own change event, which the trail follows whichever door a change came through. */
	void participant(String actor, UUID sessionId, String what) {
		events.publishEvent(new SessionChanged(sessionId, SessionChanged.Kind.UPDATED, what, actor));
	}

}
