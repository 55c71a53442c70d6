package org.sojourn.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client page's view of the client's sessions, supplied by a module that knows sessions (clients may not depend
 * on sessions, which depends on clients).
 */
public interface ClientSessions {

	Panel of(String facilitator, UUID clientId);

	/** @param centers the centers that accepted the facilitator, to start a session with */
	record Panel(List<Line> active, List<Line> history, List<CenterChoice> centers) {

		public static final Panel EMPTY = new Panel(List.of(), List.of(), List.of());

	}

	record Line(UUID sessionId, String phase, String status, String center, Instant startedAt, Instant closedAt) {
	}

	record CenterChoice(UUID id, String name) {
	}

}
