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
import org.sojourn.identity.CurrentUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A facilitator's sign-up: the address confirmed by a single-use link first; never into a center. */
@SojournTest
class SignUpTests {

	static final Pattern SIGNUP_LINK = Pattern.compile("http://localhost:8080/signup/([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUsers users;

	@Autowired
	SessionFixtures fixtures;

	@Test
	void aFacilitatorConfirmsTheirAddressAndThenCreatesAnAccountThatWorksAtOnce() throws Exception {
		String email = OnboardingTests.newAddress();

		Reply asked = http().anonymous().post("/api/signup", Map.of("email", email));

		assertThat(asked.status()).as("%s", asked).isEqualTo(202);
		String token = token(mail.receivedBy(email).get(0).getContent().toString());
		String username = SessionFixtures.unique("signed");
		assertThat(accounts.findByEmail(email)).as("no account before the link is followed").isEmpty();
		Reply created = http().anonymous().post("/api/signup/" + token, Map.of("username", username, "displayName",
				"Signed Up", "password", OnboardingTests.GOOD_PASSWORD, "licenseNumber", SessionFixtures.unique("PSF")));

		assertThat(created.status()).as("%s", created).isEqualTo(201);
		CurrentUser user = users.of(username);
		assertThat(user.facilitator()).isTrue();
		assertThat(user.administeredCenters()).isEmpty();
		assertThat(http().basic(username, OnboardingTests.GOOD_PASSWORD).get("/api/clients").status()).isEqualTo(200);
		Reply again = http().anonymous().post("/api/signup/" + token, Map.of("username", username + "x",
				"displayName", "Again", "password", OnboardingTests.GOOD_PASSWORD, "licenseNumber", "PSF-again"));
		assertThat(again.status()).isEqualTo(410);
	}

	@Test
	void nobodySignsUpIntoACenter() {
		String email = OnboardingTests.newAddress();
		var center = fixtures.center();

		Reply refused = http().anonymous().post("/api/signup",
				Map.of("email", email, "role", "ADMINISTRATOR", "centerId", center.getId().toString()));

		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(refused.json().path("detail").asText()).contains("joins no center");
		assertThat(mail.receivedBy(email)).isEmpty();
	}

	@Test
	void anAddressWithAnAccountGetsTheSameAnswerAndAReminderWithoutLink() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String email = accounts.find(facilitator.username()).orElseThrow().getEmail();

		Reply asked = http().anonymous().post("/api/signup", Map.of("email", email));

		assertThat(asked.status()).isEqualTo(202);
		String body = mail.receivedBy(email).get(0).getContent().toString();
		assertThat(body).contains("has an account already").doesNotContain("/signup/");
	}

	@Test
	void theSignUpPagesAskForTheAddressThenTheAccount() throws Exception {
		String email = OnboardingTests.newAddress();
		SojournHttp.Browser browser = http().browser();

		Reply sent = browser.submitForm("/signup", "/signup", Map.of("email", email));

		assertThat(sent.body()).contains("on its way");
		String token = token(mail.receivedBy(email).get(0).getContent().toString());
		Reply page = browser.get("/signup/" + token);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("is confirmed", "licenseNumber");
	}

	static String token(String body) {
		Matcher matcher = SIGNUP_LINK.matcher(body);
		assertThat(matcher.find()).as("a sign-up link in %s", body).isTrue();
		return matcher.group(1);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
