package org.sojourn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.TestMailServer;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Forgot password": the same answer for every address, a single-use link, every sign-in ended, the owner told. */
@SojournTest
class PasswordRecoveryTests {

	static final Pattern RESET_LINK = Pattern.compile("http://localhost:8080/password-reset/([A-Za-z0-9_-]+)");

	static final String NEW_PASSWORD = "a new and rather long passphrase";

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Test
	void aResetLinkSetsANewPasswordEndsEverySignInAndTellsTheOwner() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String email = accounts.find(facilitator.username()).orElseThrow().getEmail();
		SojournHttp.Browser signedIn = http().signedIn(facilitator.username());
		assertThat(signedIn.get("/").status()).isEqualTo(200);

		Reply asked = http().anonymous().post("/api/password-reset", Map.of("email", email));

		assertThat(asked.status()).as("%s", asked).isEqualTo(202);
		String token = token(mail.receivedBy(email).get(0).getContent().toString());
		Reply reset = http().anonymous().post("/api/password-reset/" + token, Map.of("password", NEW_PASSWORD));

		assertThat(reset.status()).as("%s", reset).isEqualTo(204);
		assertThat(signedIn.get("/").status()).as("the earlier sign-in ended").isEqualTo(302);
		assertThat(http().basic(facilitator.username()).get("/api/clients").status()).isEqualTo(401);
		assertThat(http().basic(facilitator.username(), NEW_PASSWORD).get("/api/clients").status()).isEqualTo(200);
		assertThat(mail.receivedBy(email)).hasSize(2);
		assertThat(mail.receivedBy(email).get(1).getSubject()).isEqualTo("Your Sojourn password was changed");
	}

	@Test
	void anAddressWithoutAccountGetsTheSameAnswerAndNoMail() {
		String email = "nobody-" + java.util.UUID.randomUUID() + "@example.org";

		Reply asked = http().anonymous().post("/api/password-reset", Map.of("email", email));

		assertThat(asked.status()).isEqualTo(202);
		assertThat(mail.receivedBy(email)).isEmpty();
	}

	@Test
	void aResetLinkWorksOnceAndAShortPasswordIsRefusedWithoutUsingIt() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String email = accounts.find(facilitator.username()).orElseThrow().getEmail();
		http().anonymous().post("/api/password-reset", Map.of("email", email));
		String token = token(mail.receivedBy(email).get(0).getContent().toString());

		Reply tooShort = http().anonymous().post("/api/password-reset/" + token, Map.of("password", "short"));
		Reply first = http().anonymous().post("/api/password-reset/" + token, Map.of("password", NEW_PASSWORD));
		Reply again = http().anonymous().post("/api/password-reset/" + token, Map.of("password", NEW_PASSWORD + "!"));

		assertThat(tooShort.status()).as("%s", tooShort).isEqualTo(400);
		assertThat(first.status()).as("%s", first).isEqualTo(204);
		assertThat(again.status()).as("%s", again).isEqualTo(410);
		assertThat(again.json().path("reason").asText()).isEqualTo("used");
		assertThat(http().basic(facilitator.username(), NEW_PASSWORD).get("/api/clients").status()).isEqualTo(200);
	}

	@Test
	void theForgotPasswordPageSaysTheSameWhateverTheAddress() {
		SojournHttp.Browser browser = http().browser();
		assertThat(browser.get("/forgot-password").status()).isEqualTo(200);

		Reply sent = browser.submitForm("/forgot-password", "/forgot-password",
				Map.of("email", "nobody-" + java.util.UUID.randomUUID() + "@example.org"));

		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).contains("If an account has this address");
	}

	static String token(String body) {
		Matcher matcher = RESET_LINK.matcher(body);
		assertThat(matcher.find()).as("a reset link in %s", body).isTrue();
		return matcher.group(1);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
