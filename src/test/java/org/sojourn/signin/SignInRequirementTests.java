package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who must use a second factor is led to enrol before anything else, and no door lets a password alone bypass the
 * factor: HTTP Basic with a password is refused for them.
 */
@SojournTest
class SignInRequirementTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private ServiceCenters centers;

	@Autowired
	private AuthenticatorApps apps;

	@Autowired
	private Passkeys passkeys;

	@Autowired
	private SecondFactors factors;

	@Test
	void basicWithAPasswordIsRefusedForAnAccountWithASecondFactor() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());

		Reply refused = http().basic(user.username()).get("/api/sessions");

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.json().path("title").asText()).isEqualTo("Use an API token");
		assertThat(http().basic(user.username()).get("/engine-rest/task").status()).isEqualTo(401);
	}

	@Test
	void basicWithAPasswordStillWorksForAnAccountThatNeedsNoSecondFactor() {
		assertThat(http().basic(fixtures.facilitator().username()).get("/api/sessions").status()).isEqualTo(200);
	}

	@Test
	void installationRequiringASecondFactorRequiresItOfEveryAccountAndDoesNotByDefault() {
		String username = fixtures.facilitator().username();
		SecondFactors requiredOfEveryone = new SecondFactors(apps, passkeys, centers, true);

		assertThat(requiredOfEveryone.isRequiredOf(username)).isTrue();
		assertThat(requiredOfEveryone.passwordAloneIsNotEnough(username)).isTrue();
		assertThat(factors.isRequiredOf(username)).isFalse();
	}

	@Test
	void centerRequiringASecondFactorLeadsItsAdministratorToEnrolFirst() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		Browser browser = http().signedIn(administrator.username());
		assertThat(browser.get("/").status()).isEqualTo(200);

		Reply set = browser.submitForm("/centers/" + center.getId(),
				"/centers/" + center.getId() + "/second-factor-requirement", Map.of("required", "true"));
		assertThat(set.status()).as("%s", set).isEqualTo(302);

		Reply home = browser.get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).endsWith("/account/security");
		assertThat(browser.get("/centers/" + center.getId()).location()).endsWith("/account/security");
		assertThat(browser.get("/account/security").body()).contains("must sign in with a second factor");
		Reply basic = http().basic(administrator.username()).get("/api/sessions");
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.json().path("title").asText()).isEqualTo("Use an API token");
	}

	@Test
	void centerRequiringASecondFactorRequiresItOfItsFacilitatorsButNotOfOthers() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser elsewhere = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		centers.requireSecondFactor(fixtures.administratorOf(center), center.getId(), true);

		assertThat(http().signedIn(facilitator.username()).get("/").location()).endsWith("/account/security");
		assertThat(http().basic(facilitator.username()).get("/api/sessions").status()).isEqualTo(401);
		assertThat(http().signedIn(elsewhere.username()).get("/").status()).isEqualTo(200);
		assertThat(http().basic(elsewhere.username()).get("/api/sessions").status()).isEqualTo(200);
	}

	@Test
	void onceEnrolledTheRequiredUserWorksAsBefore() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		centers.requireSecondFactor(administrator, center.getId(), true);

		TwoFactorBrowser.Enrolled enrolled = twoFactor().enrol(administrator.username());
		Browser browser = twoFactor().afterPassword(enrolled.username());
		assertThat(TwoFactorBrowser.secondStep(browser, enrolled.nextCode()).status()).isEqualTo(302);

		assertThat(browser.get("/centers/" + center.getId()).status()).isEqualTo(200);
	}

	@Test
	void onlyTheCentersAdministratorsSetItsRequirement() {
		ServiceCenter center = fixtures.center();
		Browser outsider = http().signedIn(fixtures.administratorOf(fixtures.center()).username());

		Reply refused = outsider.submitForm("/", "/centers/" + center.getId() + "/second-factor-requirement",
				Map.of("required", "true"));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(centers.find(center.getId()).orElseThrow().requiresSecondFactor()).isFalse();
	}

	@Test
	void operatorResetsTheSecondFactorsOfSomeoneWhoLostThem() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser operator = http().signedIn(fixtures.operator().username());

		Reply reset = operator.submitForm(SecondFactorReset.PATH, SecondFactorReset.PATH,
				Map.of("username", user.username()));

		assertThat(reset.status()).isEqualTo(302);
		Reply signIn = http().browser().signIn(user.username(), SessionFixtures.PASSWORD);
		assertThat(signIn.location()).doesNotContain("second-factor");
	}

	@Test
	void onlyOperatorsResetSecondFactors() {
		TwoFactorBrowser.Enrolled user = twoFactor().enrol(fixtures.facilitator().username());
		Browser someone = http().signedIn(fixtures.facilitator().username());

		assertThat(someone.get(SecondFactorReset.PATH).status()).isEqualTo(403);
		Reply refused = someone.submitForm("/", SecondFactorReset.PATH, Map.of("username", user.username()));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(http().browser().signIn(user.username(), SessionFixtures.PASSWORD).location())
			.endsWith("/login/second-factor");
	}

	private TwoFactorBrowser twoFactor() {
		return new TwoFactorBrowser(http());
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
