package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A sign-in ends sojourn.security.max-sign-in-age after it was made, however active. The test does not wait a day:
 * it moves the stored sign-in time back in the session store all nodes share, as a day's passing would leave it.
 */
@SojournTest
class SignInAgeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@Value("${sojourn.security.max-sign-in-age}")
	private Duration maxAge;

	@Test
	void signInOlderThanTheLimitIsEndedAndTheSessionRemoved() {
		String username = fixtures.facilitator().username();
		Browser browser = http().signedIn(username);
		assertThat(browser.get("/").status()).isEqualTo(200);

		signedInAgo(username, maxAge.plusMinutes(1));

		assertThat(browser.get("/").location()).endsWith("/login?expired");
		assertThat(browser.get("/").location()).endsWith("/login");
		assertThat(sessions.findByPrincipalName(username)).isEmpty();
	}

	@Test
	void signInYoungerThanTheLimitGoesOn() {
		String username = fixtures.facilitator().username();
		Browser browser = http().signedIn(username);
		assertThat(browser.get("/").status()).isEqualTo(200);

		signedInAgo(username, maxAge.minusMinutes(1));

		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void secondStepSignInIsTimedFromItsCompletion() {
		TwoFactorBrowser twoFactor = new TwoFactorBrowser(http());
		TwoFactorBrowser.Enrolled user = twoFactor.enrol(fixtures.facilitator().username());
		Browser browser = twoFactor.afterPassword(user.username());
		TwoFactorBrowser.secondStep(browser, user.nextCode());
		assertThat(browser.get("/").status()).isEqualTo(200);

		signedInAgo(user.username(), maxAge.plusSeconds(1));

		assertThat(browser.get("/").location()).endsWith("/login?expired");
	}

	@Test
	void limitIsAtMostADayAndTheIdleTimeoutAtMostAnHour(
			@Value("${server.servlet.session.timeout}") Duration idleTimeout) {
		assertThat(maxAge).isLessThanOrEqualTo(Duration.ofHours(24));
		assertThat(idleTimeout).isLessThanOrEqualTo(Duration.ofHours(1));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void signedInAgo(String username, Duration ago) {
		FindByIndexNameSessionRepository<Session> store = (FindByIndexNameSessionRepository) sessions;
		Map<String, Session> signedIn = store.findByPrincipalName(username);
		assertThat(signedIn).as("stored sessions of %s", username).isNotEmpty();
		signedIn.values().forEach(session -> {
			session.setAttribute(SignInSession.SIGNED_IN_AT, Instant.now().minus(ago));
			store.save(session);
		});
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
