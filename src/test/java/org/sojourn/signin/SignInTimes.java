package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Moves the sign-in time of a user's stored sign-ins into the past, as if they had signed in that long ago. */
final class SignInTimes {

	private SignInTimes() {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void signedInAgo(FindByIndexNameSessionRepository sessions, String username, Duration ago) {
		FindByIndexNameSessionRepository<Session> store = sessions;
		Map<String, Session> signedIn = store.findByPrincipalName(username);
		assertThat(signedIn).as("stored sessions of %s", username).isNotEmpty();
		signedIn.values().forEach(session -> {
			session.setAttribute(SignInSession.SIGNED_IN_AT, Instant.now().minus(ago));
			store.save(session);
		});
	}

}
