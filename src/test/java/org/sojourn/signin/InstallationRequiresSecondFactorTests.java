package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sojourn.FreshInstallationTest;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An installation that requires a second factor of everyone (sojourn.security.require-second-factor=true), over
 * HTTP: an account without one is led to enrol from every page, the API takes no password from it, and once it has
 * enrolled it works as usual.
 */
@FreshInstallationTest
class InstallationRequiresSecondFactorTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Accounts accounts;

	@Autowired
	private SecondFactors factors;

	@Test
	void anAccountWithoutASecondFactorIsLedToEnrolFromEveryPageAndTheApiRefusesItsPassword() {
		String username = newFacilitator();
		Browser browser = http().signedIn(username);

		Reply home = browser.get("/");
		Reply clients = browser.get("/clients/new");
		Reply enrolment = browser.get("/account/security");
		Reply api = http().basic(username).get("/api/sessions");

		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).endsWith("/account/security");
		assertThat(clients.location()).endsWith("/account/security");
		assertThat(enrolment.status()).isEqualTo(200);
		assertThat(enrolment.body()).contains("must sign in with a second factor");
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.json().path("title").asText()).isEqualTo("Use an API token");
	}

	/** Whether or not the onboarding test enrolled the operator already, their password alone opens nothing. */
	@Test
	void theFirstOperatorNeedsASecondFactorToo() {
		Reply api = http().basic(FreshInstallationTest.OPERATOR, FreshInstallationTest.OPERATOR_PASSWORD)
			.get("/api/centers");
		Reply home = http().signedIn(FreshInstallationTest.OPERATOR, FreshInstallationTest.OPERATOR_PASSWORD).get("/");

		assertThat(factors.isRequiredOf(FreshInstallationTest.OPERATOR)).isTrue();
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.json().path("title").asText()).isEqualTo("Use an API token");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).matches(".*/(account/security|login)$");
	}

	@Test
	void onceEnrolledTheAccountWorks() {
		String username = newFacilitator();
		TwoFactorBrowser twoFactor = new TwoFactorBrowser(http());
		TwoFactorBrowser.Enrolled enrolled = twoFactor.enrol(username);
		Browser browser = twoFactor.afterPassword(username);

		assertThat(TwoFactorBrowser.secondStep(browser, enrolled.nextCode()).status()).isEqualTo(302);
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	private String newFacilitator() {
		String username = SessionFixtures.unique("required");
		accounts.createFacilitator(username, SessionFixtures.PASSWORD, "Required " + username,
				username + "@example.org", SessionFixtures.unique("PSF"));
		return username;
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
