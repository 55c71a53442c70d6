package org.sojourn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.TestMailServer;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operators disable and enable accounts: signed out everywhere at once, no door opens, mailed links lapse. */
@SojournTest
class AccountAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	TestMailServer mail;

	@Test
	void aDisabledAccountIsSignedOutEverywhereAndCannotSignInUntilEnabledAgain() {
		CurrentUser operator = fixtures.operator();
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser signedIn = http().signedIn(facilitator.username());
		assertThat(signedIn.get("/").status()).isEqualTo(200);

		Reply disabled = http().basic(operator.username()).post("/api/accounts/" + facilitator.username() + "/disable",
				null);

		assertThat(disabled.status()).as("%s", disabled).isEqualTo(204);
		assertThat(signedIn.get("/").status()).as("the open sign-in ended").isEqualTo(302);
		assertThat(http().basic(facilitator.username()).get("/api/clients").status()).isEqualTo(401);
		assertThat(http().browser().signIn(facilitator.username(), SessionFixtures.PASSWORD).location())
			.contains("error");
		Reply listed = http().basic(operator.username()).get("/api/accounts?size=2000");
		assertThat(listed.body()).contains("\"username\":\"" + facilitator.username() + "\"");

		assertThat(http().basic(operator.username())
			.post("/api/accounts/" + facilitator.username() + "/enable", null)
			.status()).isEqualTo(204);
		assertThat(http().basic(facilitator.username()).get("/api/clients").status()).isEqualTo(200);
	}

	@Test
	void theInvitationsOfADisabledAccountLapse() throws Exception {
		CurrentUser operator = fixtures.operator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		String email = OnboardingTests.newAddress();
		http().basic(administrator.username())
			.post("/api/centers/" + center.getId() + "/invitations", Map.of("user", email));
		String token = OnboardingTests.token(mail.receivedBy(email).get(0).getContent().toString());

		http().basic(operator.username()).post("/api/accounts/" + administrator.username() + "/disable", null);

		Reply lapsed = http().anonymous().get("/api/join/" + token);
		assertThat(lapsed.status()).as("%s", lapsed).isEqualTo(410);
	}

	@Test
	void onlyOperatorsAdministerAccountsAndNoOperatorDisablesThemself() {
		CurrentUser operator = fixtures.operator();
		CurrentUser facilitator = fixtures.facilitator();

		assertThat(http().basic(facilitator.username()).get("/api/accounts").status()).isEqualTo(403);
		assertThat(http().basic(facilitator.username())
			.post("/api/accounts/" + operator.username() + "/disable", null)
			.status()).isEqualTo(403);
		Reply self = http().basic(operator.username()).post("/api/accounts/" + operator.username() + "/disable", null);
		assertThat(self.status()).as("%s", self).isEqualTo(409);
		assertThat(http().basic(operator.username()).post("/api/accounts/nobody-" + port + "x/disable", null).status())
			.isEqualTo(404);
		assertThat(http().basic(operator.username()).get("/api/clients").status()).as("still enabled").isEqualTo(403);
	}

	@Test
	void theOperatorsPageListsAccountsWithTheirLastSignIn() {
		CurrentUser operator = fixtures.operator();
		CurrentUser facilitator = fixtures.facilitator();
		http().signedIn(facilitator.username());

		Reply page = http().signedIn(operator.username()).get("/operator/accounts?page=0");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Last sign-in");
		assertThat(http().signedIn(facilitator.username()).get("/operator/accounts").status()).isEqualTo(403);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
