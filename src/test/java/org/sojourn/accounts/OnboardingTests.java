package org.sojourn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
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
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invitations by email: the mail, the single-use link, the account it creates, and every refusal of a link. */
@SojournTest
class OnboardingTests {

	static final Pattern JOIN_LINK = Pattern.compile("http://localhost:8080/join/([A-Za-z0-9_-]+)");

	static final String GOOD_PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUsers users;

	@Autowired
	CenterMemberships memberships;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOperatorRegistersACenterForAnAddressWithoutAccountAndTheInviteeCreatesTheAdministratorAccount()
			throws Exception {
		CurrentUser operator = fixtures.operator();
		String email = newAddress();
		String license = SessionFixtures.unique("PSC");

		Reply registered = http().basic(operator.username()).post("/api/centers",
				Map.of("name", "Center " + license, "licenseNumber", license, "firstAdministrator", email));

		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		UUID center = UUID.fromString(registered.json().path("id").asText());
		MimeMessage invitation = mail.receivedBy(email).get(0);
		assertThat(invitation.getSubject()).isEqualTo("You are invited to Sojourn");
		String body = invitation.getContent().toString();
		assertThat(body).contains("as a center administrator").doesNotContain("Center " + license);
		String token = token(body);

		Reply offer = http().anonymous().get("/api/join/" + token);
		assertThat(offer.status()).as("%s", offer).isEqualTo(200);
		assertThat(offer.json().path("email").asText()).isEqualTo(email);

		String username = SessionFixtures.unique("carol");
		Reply joined = http().anonymous().post("/api/join/" + token,
				Map.of("username", username, "displayName", "Carol Example", "password", GOOD_PASSWORD));

		assertThat(joined.status()).as("%s", joined).isEqualTo(201);
		assertThat(users.of(username).administers(center)).isTrue();
		assertThat(accounts.find(username).orElseThrow().getEmail()).isEqualTo(email);
		assertThat(http().basic(username, GOOD_PASSWORD).get("/api/centers/" + center + "/members").status())
			.isEqualTo(200);
	}

	@Test
	void aNewFacilitatorCreatesTheirAccountFromTheMailedLinkOnThePageAndWorksWithTheCenter() throws Exception {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		String email = newAddress();

		Reply invited = http().basic(administrator.username())
			.post("/api/centers/" + center.getId() + "/invitations", Map.of("user", email));

		assertThat(invited.status()).as("%s", invited).isEqualTo(202);
		String token = token(mail.receivedBy(email).get(0).getContent().toString());
		SojournHttp.Browser browser = http().browser();
		Reply page = browser.get("/join/" + token);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("licenseNumber", "Show password");

		String username = SessionFixtures.unique("frank");
		Reply created = browser.submitForm("/join/" + token, "/join/" + token, Map.of("username", username,
				"displayName", "Frank Example", "password", GOOD_PASSWORD, "licenseNumber",
				SessionFixtures.unique("PSF")));

		assertThat(created.status()).as("%s", created).isEqualTo(302);
		assertThat(created.location()).endsWith("/login?joined");
		assertThat(memberships.worksWith(center.getId(), username)).isTrue();
		assertThat(accounts.isFacilitator(username)).isTrue();
	}

	@Test
	void aShortOrCommonPasswordIsRefusedAndCreatesNothing() throws Exception {
		String token = inviteFacilitator(newAddress());
		String username = SessionFixtures.unique("short");

		Reply tooShort = join(token, username, "fourteen chars", SessionFixtures.unique("PSF"));
		Reply page = http().browser()
			.submitForm("/join/" + token, "/join/" + token,
					Map.of("username", username, "displayName", "Short", "password", "password1", "licenseNumber",
							"PSF-1"));

		assertThat(tooShort.status()).as("%s", tooShort).isEqualTo(400);
		assertThat(tooShort.json().path("field").asText()).isEqualTo("password");
		assertThat(tooShort.json().path("detail").asText()).contains("at least 15 characters");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("at least 15 characters", username);
		assertThat(accounts.exists(username)).isFalse();
		assertThat(join(token, username, GOOD_PASSWORD, SessionFixtures.unique("PSF")).status())
			.as("the link still works").isEqualTo(201);
	}

	@Test
	void aUsedLinkIsRefusedAndChangesNothing() throws Exception {
		String token = inviteFacilitator(newAddress());
		assertThat(join(token, SessionFixtures.unique("first"), GOOD_PASSWORD, SessionFixtures.unique("PSF")).status())
			.isEqualTo(201);

		String second = SessionFixtures.unique("second");
		Reply again = join(token, second, GOOD_PASSWORD, SessionFixtures.unique("PSF"));

		assertThat(again.status()).as("%s", again).isEqualTo(410);
		assertThat(again.json().path("reason").asText()).isEqualTo("used");
		assertThat(accounts.exists(second)).isFalse();
		Reply page = http().anonymous().get("/join/" + token);
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.body()).contains("used already");
	}

	@Test
	void aResentInvitationSupersedesTheEarlierLink() throws Exception {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		String email = newAddress();
		invite(administrator, center, email);
		invite(administrator, center, email);
		String first = token(mail.receivedBy(email).get(0).getContent().toString());
		String newest = token(mail.receivedBy(email).get(1).getContent().toString());

		Reply superseded = join(first, SessionFixtures.unique("old"), GOOD_PASSWORD, SessionFixtures.unique("PSF"));

		assertThat(superseded.status()).as("%s", superseded).isEqualTo(410);
		assertThat(superseded.json().path("reason").asText()).isEqualTo("superseded");
		assertThat(join(newest, SessionFixtures.unique("new"), GOOD_PASSWORD, SessionFixtures.unique("PSF"))
			.status()).isEqualTo(201);
	}

	@Test
	void anExpiredLinkIsRefusedAndAnUnknownOneIsMissing() throws Exception {
		String token = inviteFacilitator(newAddress());
		jdbc.update("update app.account_link set expires_at = ? where token_hash = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), SingleUseLinks.hash(token));
		String username = SessionFixtures.unique("late");

		Reply expired = join(token, username, GOOD_PASSWORD, SessionFixtures.unique("PSF"));
		Reply unknown = join("made-up-token", username, GOOD_PASSWORD, SessionFixtures.unique("PSF"));

		assertThat(expired.status()).as("%s", expired).isEqualTo(410);
		assertThat(expired.json().path("reason").asText()).isEqualTo("expired");
		assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
		assertThat(accounts.exists(username)).isFalse();
	}

	@Test
	void aLicenseNumberInUseIsRefused() throws Exception {
		CurrentUser existing = fixtures.facilitator();
		String taken = jdbc.queryForObject("select license_number from app.facilitator where username = ?",
				String.class, existing.username());
		String token = inviteFacilitator(newAddress());
		String username = SessionFixtures.unique("copy");

		Reply refused = join(token, username, GOOD_PASSWORD, taken);

		assertThat(refused.status()).as("%s", refused).isEqualTo(409);
		assertThat(refused.json().path("field").asText()).isEqualTo("licenseNumber");
		assertThat(accounts.exists(username)).isFalse();
	}

	@Test
	void someoneWithAnAccountIsInvitedInSojournAndToldByMailWithoutTheCentersName() throws Exception {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		String email = accounts.find(facilitator.username()).orElseThrow().getEmail();

		Reply invited = invite(administrator, center, email);

		assertThat(invited.status()).as("%s", invited).isEqualTo(200);
		assertThat(invited.json().path("status").asText()).isEqualTo("INVITED");
		MimeMessage told = mail.receivedBy(email).get(0);
		assertThat(told.getSubject()).isEqualTo("Something waits for you in Sojourn");
		assertThat(told.getContent().toString()).contains("http://localhost:8080/").doesNotContain(center.getName());
	}

	// ---- Helpers ----

	private String inviteFacilitator(String email) throws Exception {
		ServiceCenter center = fixtures.center();
		invite(fixtures.administratorOf(center), center, email);
		return token(mail.receivedBy(email).get(0).getContent().toString());
	}

	private Reply invite(CurrentUser administrator, ServiceCenter center, String email) {
		return http().basic(administrator.username())
			.post("/api/centers/" + center.getId() + "/invitations", Map.of("user", email));
	}

	private Reply join(String token, String username, String password, String license) {
		return http().anonymous().post("/api/join/" + token, Map.of("username", username, "displayName",
				"Someone " + username, "password", password, "licenseNumber", license));
	}

	static String token(String body) {
		Matcher matcher = JOIN_LINK.matcher(body);
		assertThat(matcher.find()).as("a join link in %s", body).isTrue();
		return matcher.group(1);
	}

	static String newAddress() {
		return "newcomer-" + UUID.randomUUID() + "@example.org";
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
