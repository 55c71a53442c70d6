package org.sojourn.sessions;

import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a session: its facilitator and the administrators of its associated center. To anyone else it does
 * not exist, so that ids cannot be probed.
 */
@Component
public class SessionAccess {

	private final SessionRepository sessions;

	SessionAccess(SessionRepository sessions) {
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public Session visible(CurrentUser user, UUID sessionId) {
		return sessions.findById(sessionId)
			.filter(session -> session.getFacilitatorUsername().equals(user.username())
					|| user.administers(session.getCenterId()))
			.orElseThrow(() -> SessionNotFound.forId(sessionId));
	}

}
