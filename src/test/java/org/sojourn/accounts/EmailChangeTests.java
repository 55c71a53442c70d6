package org.sojourn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
import org.sojourn.audit.AuditRecordType;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changing the account's email: a link to the new address, the address kept until it is followed, a notice to the
 * old one, other sign-ins ended, the audit trail; and every refusal, with nothing changed.
 */
@SojournTest
class EmailChangeTests {

	static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost:8080(/account/email/([A-Za-z0-9_-]+))");

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLinkGoesToTheNewAddressAndFollowingItChangesTheEmailTellsTheOldOneAndEndsOtherSignIns()
			throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String oldAddress = emailOf(facilitator);
		String newAddress = newAddress();
		SojournHttp.Browser other = http().signedIn(facilitator.username());
		SojournHttp.Browser browser = http().signedIn(facilitator.username());

		Reply asked = ask(browser, newAddress, SessionFixtures.PASSWORD);

		assertThat(asked.status()).as("%s", asked).isEqualTo(302);
		assertThat(emailOf(facilitator)).as("the old address stays until the link is followed").isEqualTo(oldAddress);
		assertThat(browser.get("/account").body()).contains("A link was sent to " + newAddress);
		List<MimeMessage> toNew = mail.receivedBy(newAddress);
		assertThat(toNew).hasSize(1);
		assertThat(toNew.get(0).getSubject()).isEqualTo("Confirm your new email for Sojourn");
		String link = link(toNew.get(0));
		assertThat(other.get("/").status()).as("asking ends no sign-in").isEqualTo(200);

		Reply page = browser.get(link);
		assertThat(page.status()).as("opening the link changes nothing").isEqualTo(200);
		assertThat(page.body()).contains(newAddress);
		assertThat(emailOf(facilitator)).isEqualTo(oldAddress);
		Reply confirmed = browser.submitForm(link, link, Map.of());

		assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(302);
		assertThat(emailOf(facilitator)).isEqualTo(newAddress);
		assertThat(browser.get("/account").status()).as("this sign-in stays").isEqualTo(200);
		assertThat(other.get("/").status()).as("the other sign-in ended").isEqualTo(302);
		List<MimeMessage> toOld = mail.receivedBy(oldAddress);
		assertThat(toOld).hasSize(1);
		assertThat(toOld.get(0).getSubject()).isEqualTo("Your Sojourn email was changed");
		String notice = toOld.get(0).getContent().toString();
		assertThat(notice).contains("administrator").doesNotContain("/account/email/").doesNotContain(newAddress);
		Reply trail = http().basic(fixtures.operator().username())
			.get("/api/audit?recordType=" + AuditRecordType.ACCOUNT + "&recordId="
					+ AccountAudit.recordId(facilitator.username()) + "&size=50");
		assertThat(trail.body()).contains("email change asked", "email changed from " + oldAddress + " to " + newAddress);
	}

	@Test
	void aUsedLinkIsRefusedWith410AndChangesNothing() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		String first = newAddress();
		ask(browser, first, SessionFixtures.PASSWORD);
		String link = link(mail.receivedBy(first).get(0));
		browser.submitForm(link, link, Map.of());

		Reply again = browser.get(link);

		assertThat(again.status()).isEqualTo(410);
		assertThat(again.body()).contains("data-reason=\"used\"", "used already");
		assertThat(emailOf(facilitator)).isEqualTo(first);
	}

	@Test
	void anOlderLinkIsSupersededByTheNewestRequest() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String oldAddress = emailOf(facilitator);
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		String first = newAddress();
		String second = newAddress();
		ask(browser, first, SessionFixtures.PASSWORD);
		ask(browser, second, SessionFixtures.PASSWORD);
		String older = link(mail.receivedBy(first).get(0));

		Reply superseded = browser.submitForm(link(mail.receivedBy(second).get(0)), older, Map.of());

		assertThat(superseded.status()).isEqualTo(410);
		assertThat(superseded.body()).contains("data-reason=\"superseded\"");
		assertThat(emailOf(facilitator)).isEqualTo(oldAddress);
		String newest = link(mail.receivedBy(second).get(0));
		assertThat(browser.submitForm(newest, newest, Map.of()).status()).isEqualTo(302);
		assertThat(emailOf(facilitator)).isEqualTo(second);
	}

	@Test
	void anExpiredLinkIsRefusedWith410() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String oldAddress = emailOf(facilitator);
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		String address = newAddress();
		ask(browser, address, SessionFixtures.PASSWORD);
		String link = link(mail.receivedBy(address).get(0));
		jdbc.update("update app.account_link set expires_at = ? where token_hash = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), SingleUseLinks.hash(token(link)));

		Reply expired = browser.get(link);

		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.body()).contains("data-reason=\"expired\"", "expired");
		assertThat(emailOf(facilitator)).isEqualTo(oldAddress);
	}

	@Test
	void aLinkFollowedSignedInAsAnotherAccountIsUnknownToIt() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String oldAddress = emailOf(facilitator);
		String address = newAddress();
		ask(http().signedIn(facilitator.username()), address, SessionFixtures.PASSWORD);
		String link = link(mail.receivedBy(address).get(0));
		SojournHttp.Browser stranger = http().signedIn(fixtures.facilitator().username());

		Reply refused = stranger.get(link);

		assertThat(refused.status()).isEqualTo(404);
		assertThat(emailOf(facilitator)).isEqualTo(oldAddress);
		assertThat(http().browser().get(link).status()).as("not signed in: to the sign-in first").isEqualTo(302);
	}

	@Test
	void anAddressOfAnotherAccountIsRefusedWith409AndNoMail() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser other = fixtures.facilitator();
		String taken = emailOf(other);
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		int before = mail.receivedBy(taken).size();

		Reply refused = ask(browser, taken.toUpperCase(java.util.Locale.ROOT), SessionFixtures.PASSWORD);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("This address cannot be used for your account");
		assertThat(mail.receivedBy(taken)).hasSize(before);
	}

	@Test
	void anAddressTakenBeforeTheLinkIsFollowedIsRefusedWith409() throws Exception {
		CurrentUser facilitator = fixtures.facilitator();
		String oldAddress = emailOf(facilitator);
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		String address = newAddress();
		ask(browser, address, SessionFixtures.PASSWORD);
		String link = link(mail.receivedBy(address).get(0));
		accounts.createAccount(SessionFixtures.unique("quick"), SessionFixtures.PASSWORD, "Quick", address, false);

		Reply refused = browser.submitForm(link, link, Map.of());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(emailOf(facilitator)).isEqualTo(oldAddress);
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndSendsNothing() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		String address = newAddress();

		Reply refused = ask(browser, address, "not the password");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("current password");
		assertThat(mail.receivedBy(address)).isEmpty();
	}

	private Reply ask(SojournHttp.Browser browser, String newAddress, String password) {
		return browser.submitForm("/account", "/account/email",
				Map.of("newEmail", newAddress, "currentPassword", password));
	}

	private String emailOf(CurrentUser user) {
		return accounts.find(user.username()).orElseThrow().getEmail();
	}

	private static String newAddress() {
		return "moved-" + UUID.randomUUID() + "@example.org";
	}

	static String link(MimeMessage message) throws Exception {
		Matcher matcher = CONFIRM_LINK.matcher(message.getContent().toString());
		assertThat(matcher.find()).as("a confirmation link in the mail").isTrue();
		return matcher.group(1);
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
