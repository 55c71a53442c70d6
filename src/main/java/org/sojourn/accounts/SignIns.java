package org.sojourn.accounts;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sign-ins (its HTTP sessions, kept in the database by Spring Session JDBC), on every node at
 * once: a session deleted from the table is gone for whichever node reads it next.
 */
@Component
class SignIns {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignIns(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** An account's sign-in as its owner may see it: never its id, which is the secret of its cookie. */
	record SignIn(java.time.Instant startedAt, java.time.Instant lastActiveAt, boolean current) {
	}

	java.util.List<SignIn> of(String username, String current) {
		return sessions.findByPrincipalName(username)
			.entrySet()
			.stream()
			.map(entry -> new SignIn(entry.getValue().getCreationTime(), entry.getValue().getLastAccessedTime(),
					entry.getKey().equals(current)))
			.sorted(java.util.Comparator.comparing(SignIn::lastActiveAt).reversed())
			.toList();
	}

	/** Ends every sign-in of the account except the one with id {@code keep} (null: all). */
	int endAll(String username, String keep) {
		Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keep)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
