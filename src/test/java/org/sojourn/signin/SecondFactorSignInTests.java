package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.audit.AuditEntry;
import org.sojourn.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A password signs in an account with an authenticator app only together with a code, each code accepted once. */
@SojournTest
class SecondFactorSignInTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private AuditTrail trail;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private org.springframework.session.jdbc.JdbcIndexedSessionRepository sessions;

	@Autowired
	private AuthenticatorApps apps;

	@Value("${sojourn.security.recent-sign-in:PT15M}")
	private java.time.Duration recentSignIn;

	@Value("${sojourn.login.max-failures}")
	private int maxFailures;

	@Test
	void passwordAloneLeadsToTheSecondStepAndSignsNobodyIn() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());

		Browser browser = twoFactor().afterPassword(user.username());

		Reply home = browser.get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).endsWith("/login");
		assertThat(browser.get("/login/second-factor").status()).isEqualTo(200);
	}

	@Test
	void passwordAndTheAppsCodeSignIn() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser browser = twoFactor().afterPassword(user.username());

		Reply signedIn = TwoFactorBrowser.secondStep(browser, user.nextCode());

		assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(302);
		assertThat(browser.get("/").status()).isEqualTo(200);
		assertThat(whatWasAudited(user.username())).contains("second factor added: authenticator app",
				"signed in with an authenticator code");
	}

	@Test
	void withAnAuthenticatorAppAPasswordOfEightToFourteenCharactersIsAccepted() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser browser = twoFactor().afterPassword(user.username());
		assertThat(TwoFactorBrowser.secondStep(browser, user.nextCode()).status()).isEqualTo(302);

		Reply changed = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", SessionFixtures.PASSWORD, "newPassword", "vQ7#kd2Lzw"));

		assertThat(changed.status()).as("%s", changed).isEqualTo(302);
		Reply tooShort = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", "vQ7#kd2Lzw", "newPassword", "q7#kd2L"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("at least 8 characters");
	}

	@Test
	void wrongCodeIsRefusedWithAClearMessageAndSignsNobodyIn() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser browser = twoFactor().afterPassword(user.username());

		Reply refused = TwoFactorBrowser.secondStep(browser, wrong(user));

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.body()).contains("That code is not right");
		assertThat(browser.get("/").location()).endsWith("/login");
		assertThat(whatWasAudited(user.username())).contains("wrong second-step code");
	}

	@Test
	void codeAlreadyUsedIsRefused() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		String code = user.nextCode();
		assertThat(TwoFactorBrowser.secondStep(twoFactor().afterPassword(user.username()), code).status())
			.isEqualTo(302);

		Browser again = twoFactor().afterPassword(user.username());
		Reply replayed = TwoFactorBrowser.secondStep(again, code);

		assertThat(replayed.status()).isEqualTo(401);
		assertThat(replayed.body()).contains("used already");
		assertThat(again.get("/").location()).endsWith("/login");
	}

	@Test
	void codeOfAnEarlierStepThanTheLastAcceptedIsRefused() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		long used = TwoFactorBrowser.Enrolled.nowStep() + 1;
		assertThat(TwoFactorBrowser.secondStep(twoFactor().afterPassword(user.username()), user.codeAt(used))
			.status()).isEqualTo(302);

		Reply earlier = TwoFactorBrowser.secondStep(twoFactor().afterPassword(user.username()),
				user.codeAt(used - 1));

		assertThat(earlier.status()).isEqualTo(401);
	}

	@Test
	void recoveryCodeSignsInOnceAndIsRefusedTheSecondTime() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		assertThat(user.recoveryCodes()).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
		String recoveryCode = user.recoveryCodes().get(3);

		Browser first = twoFactor().afterPassword(user.username());
		assertThat(TwoFactorBrowser.secondStep(first, recoveryCode).status()).isEqualTo(302);
		assertThat(first.get("/").status()).isEqualTo(200);

		Browser second = twoFactor().afterPassword(user.username());
		Reply refused = TwoFactorBrowser.secondStep(second, recoveryCode);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(second.get("/").location()).endsWith("/login");
		assertThat(whatWasAudited(user.username())).contains("signed in with a recovery code");
	}

	@Test
	void recoveryCodeOfAnotherAccountIsRefused() {
		TwoFactorBrowser.Enrolled owner = twoFactor().enrol(fixtures.facilitator().username());
		TwoFactorBrowser.Enrolled other = twoFactor().enrol(fixtures.facilitator().username());

		Reply refused = TwoFactorBrowser.secondStep(twoFactor().afterPassword(other.username()),
				owner.recoveryCodes().get(0));

		assertThat(refused.status()).isEqualTo(401);
	}

	@Test
	void newRecoveryCodesReplaceTheOldOnes() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser signedIn = twoFactor().afterPassword(user.username());
		assertThat(TwoFactorBrowser.secondStep(signedIn, user.recoveryCodes().get(0)).status()).isEqualTo(302);

		assertThat(signedIn.submitForm("/account/security", "/account/security/recovery-codes", Map.of())
			.status()).isEqualTo(302);
		List<String> fresh = TwoFactorBrowser.recoveryCodes(signedIn.get("/account/security").body());

		assertThat(fresh).hasSize(RecoveryCodes.COUNT).doesNotContainAnyElementsOf(user.recoveryCodes());
		assertThat(TwoFactorBrowser.secondStep(twoFactor().afterPassword(user.username()),
				user.recoveryCodes().get(1)).status()).isEqualTo(401);
		assertThat(TwoFactorBrowser.secondStep(twoFactor().afterPassword(user.username()), fresh.get(0)).status())
			.isEqualTo(302);
	}

	@Test
	void tooManyWrongCodesLockTheSecondStepEvenForTheRightCode() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser browser = twoFactor().afterPassword(user.username());
		for (int attempt = 0; attempt < maxFailures; attempt++) {
			assertThat(TwoFactorBrowser.secondStep(browser, wrong(user)).status()).isEqualTo(401);
		}

		Reply locked = TwoFactorBrowser.secondStep(browser, user.nextCode());

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.body()).contains("Too many wrong codes");
		assertThat(browser.get("/").location()).endsWith("/login");
	}

	@Test
	void accountDisabledBetweenThePasswordAndTheCodeIsNotSignedIn() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser browser = twoFactor().afterPassword(user.username());
		jdbc.update("update app.account set enabled = false where username = ?", user.username());

		Reply refused = TwoFactorBrowser.secondStep(browser, user.nextCode());

		assertThat(refused.location()).endsWith("/login?error");
		assertThat(browser.get("/").location()).endsWith("/login");
	}

	@Test
	void removingTheAppLetsThePasswordAloneSignInAgain() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser browser = twoFactor().afterPassword(user.username());
		assertThat(TwoFactorBrowser.secondStep(browser, user.nextCode()).status()).isEqualTo(302);

		Reply removed = browser.submitForm("/account/security", "/account/security/authenticator/removal", Map.of());

		assertThat(removed.status()).isEqualTo(302);
		assertThat(http().browser().signIn(user.username(), SessionFixtures.PASSWORD).location())
			.doesNotContain("second-factor");
		assertThat(whatWasAudited(user.username())).contains("second factor removed: authenticator app");
	}

	@Test
	void removingTheAppWithoutARecentSignInIsRefusedAndKeepsIt() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser browser = twoFactor().afterPassword(user.username());
		assertThat(TwoFactorBrowser.secondStep(browser, user.nextCode()).status()).isEqualTo(302);
		SignInTimes.signedInAgo(sessions, user.username(), recentSignIn.plusMinutes(1));

		Reply refused = browser.submitForm("/account/security", "/account/security/authenticator/removal", Map.of());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("needs a fresh sign-in");
		assertThat(apps.isEnrolled(user.username())).isTrue();
		assertThat(whatWasAudited(user.username())).contains("authenticator app removal without a recent sign-in");
	}

	@Test
	void wrongCodeAtEnrolmentEnrolsNothing() {
		String username = fixtures.facilitator().username();
		Browser browser = http().signedIn(username);
		browser.submitForm("/account/security", "/account/security/authenticator", Map.of());

		Reply refused = browser.submitForm("/account/security", "/account/security/authenticator/confirmation",
				Map.of("code", "000000x"));

		assertThat(refused.status()).isEqualTo(302);
		assertThat(browser.get("/account/security").body()).contains("That code is not right")
			.doesNotContain("An authenticator app is enrolled");
		assertThat(http().browser().signIn(username, SessionFixtures.PASSWORD).location())
			.doesNotContain("second-factor");
	}

	@Test
	void accountWithoutASecondFactorSignsInWithThePasswordAsBefore() {
		String username = fixtures.facilitator().username();

		Reply signIn = http().browser().signIn(username, SessionFixtures.PASSWORD);

		assertThat(signIn.location()).doesNotContain("second-factor").doesNotContain("error");
	}

	/** A six-digit code that is none of the three the server accepts now. */
	private static String wrong(TwoFactorBrowser.Enrolled user) {
		List<String> accepted = List.of(user.code(-1), user.code(0), user.code(1));
		for (int candidate = 0;; candidate++) {
			String code = "%06d".formatted(candidate);
			if (!accepted.contains(code)) {
				return code;
			}
		}
	}

	private List<String> whatWasAudited(String username) {
		return trail
			.search(fixtures.operator(), username, null, null, null, null, PageRequest.of(0, 50))
			.map(AuditEntry::what)
			.getContent();
	}

	private TwoFactorBrowser twoFactor() {
		return new TwoFactorBrowser(http());
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
