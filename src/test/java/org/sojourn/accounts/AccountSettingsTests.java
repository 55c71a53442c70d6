package org.sojourn.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.audit.AuditRecordType;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The account page: name, password (other sign-ins end), sign-ins, and the audit of it all. */
@SojournTest
class AccountSettingsTests {

	static final String NEW_PASSWORD = "another quite long passphrase";

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Test
	void theAccountPageShowsTheSignInsAndLinksToSecondFactorsAndTokens() {
		CurrentUser facilitator = fixtures.facilitator();
		http().signedIn(facilitator.username());
		SojournHttp.Browser browser = http().signedIn(facilitator.username());

		Reply page = browser.get("/account");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("/account/security", "/account/tokens", "this browser", "Show password");
	}

	@Test
	void changingThePasswordEndsEveryOtherSignInButThisOne() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser other = http().signedIn(facilitator.username());
		SojournHttp.Browser browser = http().signedIn(facilitator.username());

		Reply changed = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", SessionFixtures.PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(changed.status()).as("%s", changed).isEqualTo(302);
		assertThat(browser.get("/account").status()).as("this sign-in stays").isEqualTo(200);
		assertThat(other.get("/").status()).as("the other sign-in ended").isEqualTo(302);
		assertThat(http().basic(facilitator.username(), NEW_PASSWORD).get("/api/clients").status()).isEqualTo(200);
	}

	@Test
	void aWrongCurrentPasswordOrAShortNewOneChangesNothing() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());

		Reply wrong = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", "not the password", "newPassword", NEW_PASSWORD));
		Reply tooShort = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", SessionFixtures.PASSWORD, "newPassword", "short one"));

		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("current password");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("at least 15 characters");
		assertThat(http().basic(facilitator.username()).get("/api/clients").status()).isEqualTo(200);
	}

	@Test
	void signingOutEverywhereElseEndsTheOtherSignIns() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser other = http().signedIn(facilitator.username());
		SojournHttp.Browser browser = http().signedIn(facilitator.username());

		Reply ended = browser.submitForm("/account", "/account/sign-out-others", Map.of());

		assertThat(ended.status()).isEqualTo(302);
		assertThat(other.get("/").status()).isEqualTo(302);
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void signInsFailuresAndChangesLandInTheAuditTrailWithTheirSource() {
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser operator = fixtures.operator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		http().browser().signIn(facilitator.username(), "wrong password");
		browser.submitForm("/account", "/account/name", Map.of("displayName", "A New Name"));

		Reply trail = http().basic(operator.username()).get("/api/audit?recordType=" + AuditRecordType.ACCOUNT
				+ "&recordId=" + AccountAudit.recordId(facilitator.username()) + "&size=50");

		assertThat(trail.status()).as("%s", trail).isEqualTo(200);
		assertThat(trail.body()).contains("signed in", "sign-in failed", "display name changed", "127.0.0.1");
		assertThat(accounts.find(facilitator.username()).orElseThrow().getDisplayName()).isEqualTo("A New Name");
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
