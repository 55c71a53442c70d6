package org.sojourn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Repeated wrong passwords lock a username for a while (sojourn.login.*), on every door. The lock is not waited
 * out here: it lasts the configured duration.
 */
@SojournTest
class LoginThrottlingTests {

	private static final String WRONG = "not-the-password";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Value("${sojourn.login.max-failures}")
	private int maxFailures;

	@Test
	void rightPasswordIsRefusedAfterTooManyWrongOnes() {
		String username = fixtures.facilitator().username();

		failTimes(username, maxFailures);

		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(401);
		assertThat(http().basic(username).get("/engine-rest/task").status()).isEqualTo(401);
		Reply signIn = http().browser().signIn(username, SessionFixtures.PASSWORD);
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).contains("/login?error");
	}

	@Test
	void lockHoldsOnEveryFurtherAttempt() {
		String username = fixtures.facilitator().username();
		failTimes(username, maxFailures);

		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(401);
		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(401);
		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(401);
	}

	@Test
	void anotherAccountIsNotAffected() {
		String locked = fixtures.facilitator().username();
		String other = fixtures.facilitator().username();

		failTimes(locked, maxFailures);

		assertThat(apiStatus(locked, SessionFixtures.PASSWORD)).isEqualTo(401);
		assertThat(apiStatus(other, SessionFixtures.PASSWORD)).isEqualTo(200);
		assertThat(http().signedIn(other).openTasklist().get("/camunda/api/admin/auth/user/default").status())
			.isEqualTo(200);
	}

	@Test
	void oneWrongPasswordFewerThanTheLimitLocksNothing() {
		String username = fixtures.facilitator().username();

		failTimes(username, maxFailures - 1);

		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(200);
	}

	@Test
	void successfulSignInBeforeTheLimitStartsTheCountAfresh() {
		String username = fixtures.facilitator().username();

		failTimes(username, maxFailures - 1);
		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(200);
		failTimes(username, maxFailures - 1);

		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(200);
	}

	@Test
	void wrongPasswordsThroughTheSignInFormCountToo() {
		String username = fixtures.facilitator().username();

		for (int attempt = 0; attempt < maxFailures; attempt++) {
			Reply refused = http().browser().signIn(username, WRONG);
			assertThat(refused.location()).contains("/login?error");
		}

		assertThat(apiStatus(username, SessionFixtures.PASSWORD)).isEqualTo(401);
	}

	@Test
	void unknownUsernamesAreRefusedAlike() {
		String nobody = SessionFixtures.unique("nobody");

		failTimes(nobody, maxFailures);

		assertThat(apiStatus(nobody, WRONG)).isEqualTo(401);
	}

	private void failTimes(String username, int times) {
		for (int attempt = 1; attempt <= times; attempt++) {
			assertThat(apiStatus(username, WRONG)).as("wrong password %d", attempt).isEqualTo(401);
		}
	}

	private int apiStatus(String username, String password) {
		return http().basic(username, password).get("/api/sessions").status();
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
