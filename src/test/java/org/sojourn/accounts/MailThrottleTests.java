package org.sojourn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.TestMailServer;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.Throttles;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that mail a typed address are limited per address (3 an hour of each kind) and per client address: over
 * the limit the answer is the same as ever, no mail leaves, and the log says so without the address.
 */
@SojournTest
@ExtendWith(OutputCaptureExtension.class)
class MailThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Autowired
	Throttles throttles;

	@Test
	void theFourthResetRequestWithinTheHourSendsNoMailAndAnswersTheSame(CapturedOutput output) {
		CurrentUser facilitator = fixtures.facilitator();
		String email = accounts.find(facilitator.username()).orElseThrow().getEmail();

		for (int i = 0; i < 3; i++) {
			assertThat(http().anonymous().post("/api/password-reset", Map.of("email", email)).status()).isEqualTo(202);
		}
		Reply fourth = http().anonymous().post("/api/password-reset", Map.of("email", email));
		Reply fourthOnThePage = http().browser()
			.submitForm("/forgot-password", "/forgot-password", Map.of("email", email));

		assertThat(fourth.status()).isEqualTo(202);
		assertThat(fourthOnThePage.status()).isEqualTo(200);
		assertThat(fourthOnThePage.body()).contains("If an account has this address");
		assertThat(mail.receivedBy(email)).hasSize(3);
		assertThat(output.getOut()).contains("Mail not sent (PASSWORD_RESET to " + email.charAt(0) + "***@example.org)")
			.doesNotContain("to " + email);
	}

	@Test
	void anAddressWithoutAccountIsLimitedAlikeSoTheLimitSaysNothingOfIt() {
		String email = "nobody-" + UUID.randomUUID() + "@example.org";

		for (int i = 0; i < 4; i++) {
			assertThat(http().anonymous().post("/api/password-reset", Map.of("email", email)).status()).isEqualTo(202);
		}
		Reply fifth = http().anonymous().post("/api/password-reset", Map.of("email", email));

		assertThat(fifth.status()).isEqualTo(202);
		assertThat(mail.receivedBy(email)).isEmpty();
	}

	@Test
	void theFourthSignUpForOneAddressSendsNoMail() {
		String email = OnboardingTests.newAddress();

		for (int i = 0; i < 4; i++) {
			assertThat(http().anonymous().post("/api/signup", Map.of("email", email)).status()).isEqualTo(202);
		}

		assertThat(mail.receivedBy(email)).hasSize(3);
	}

	@Test
	void aResentInvitationOverTheLimitSendsNoMailAndTheLinkMailedLastStillWorks() throws Exception {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		String email = OnboardingTests.newAddress();

		for (int i = 0; i < 5; i++) {
			Reply invited = http().basic(administrator.username())
				.post("/api/centers/" + center.getId() + "/invitations", Map.of("user", email));
			assertThat(invited.status()).as("%s", invited).isBetween(200, 299);
		}

		assertThat(mail.receivedBy(email)).as("the invitation and three resends").hasSize(4);
		String newest = OnboardingTests.token(mail.receivedBy(email).get(3).getContent().toString());
		Reply joined = http().anonymous()
			.post("/api/join/" + newest, Map.of("username", SessionFixtures.unique("late"), "displayName", "Late",
					"password", OnboardingTests.GOOD_PASSWORD, "licenseNumber", SessionFixtures.unique("PSF")));
		assertThat(joined.status()).as("%s", joined).isEqualTo(201);
	}

	@Test
	void oneClientAddressIsLimitedAcrossAddresses() {
		MailRequestThrottle throttle = new MailRequestThrottle(throttles, 100, 2, Duration.ofHours(1));
		String client = "198.51.100." + UUID.randomUUID();

		boolean first = throttle.allows(MailRequestThrottle.Request.SIGN_UP, OnboardingTests.newAddress(), client);
		boolean second = throttle.allows(MailRequestThrottle.Request.PASSWORD_RESET, OnboardingTests.newAddress(),
				client);
		boolean third = throttle.allows(MailRequestThrottle.Request.SIGN_UP, OnboardingTests.newAddress(), client);
		boolean otherClient = throttle.allows(MailRequestThrottle.Request.SIGN_UP, OnboardingTests.newAddress(),
				"198.51.100." + UUID.randomUUID());

		assertThat(first).isTrue();
		assertThat(second).isTrue();
		assertThat(third).isFalse();
		assertThat(otherClient).isTrue();
	}

	@Test
	void anAddressIsMaskedInTheLog() {
		assertThat(MailRequestThrottle.mask("jane.doe@example.org")).isEqualTo("j***@example.org");
		assertThat(MailRequestThrottle.mask("not-an-address")).isEqualTo("***");
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
