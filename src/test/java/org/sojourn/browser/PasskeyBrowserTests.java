package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.accounts.AccountAdministration;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Passkeys in Chromium with its virtual authenticator: enrolled on the security page, then signing in alone (no
 * password, no code) from the sign-in page, or as the second step after a password; Tasklist trusts such a sign-in;
 * a disabled account's passkey signs in nowhere.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class PasskeyBrowserTests {

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private ServiceCenters centers;

	@Autowired
	private AccountAdministration administration;

	@Test
	void aPasskeyEnrolledOnTheSecurityPageSignsInAloneAndTasklistTrustsIt(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		browser.withPasskeyAuthenticator().signIn(facilitator.username(), SessionFixtures.PASSWORD);

		enrolPasskey(browser, "work laptop");
		assertThat(browser.pageSource()).contains("Your passkey is added", "work laptop", "recovery-code");
		signOut(browser);
		signInWithPasskey(browser);

		assertThat(browser.currentUrl()).isEqualTo(baseOf(browser) + "/");
		browser.visit("/camunda/app/tasklist/default/");
		assertThat(browser.fetchText("/camunda/api/admin/auth/user/default"))
			.contains("\"userId\":\"" + facilitator.username() + "\"");
		assertThat(browser.fetchText("/camunda/api/engine/engine/default/task/count")).contains("\"count\"");
	}

	@Test
	void aUserWhoMustEnrolEnrolsAPasskeyAndThenWorks(Browser browser) {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		centers.requireSecondFactor(administrator, center.getId(), true);
		browser.withPasskeyAuthenticator().signIn(administrator.username(), SessionFixtures.PASSWORD);
		browser.visit("/");
		assertThat(browser.currentUrl()).endsWith("/account/security");

		enrolPasskey(browser, "security key");
		browser.visit("/centers/" + center.getId());

		assertThat(browser.currentUrl()).endsWith("/centers/" + center.getId());
	}

	@Test
	void aPasskeyIsOfferedAsTheSecondStepAfterThePassword(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		browser.withPasskeyAuthenticator().signIn(facilitator.username(), SessionFixtures.PASSWORD);
		enrolPasskey(browser, "phone");
		signOut(browser);

		browser.visit("/login");
		browser.find(By.id("username")).sendKeys(facilitator.username());
		browser.find(By.id("password")).sendKeys(SessionFixtures.PASSWORD);
		browser.click(By.cssSelector("button[type=submit]"));
		browser.until(d -> d.getCurrentUrl().endsWith("/login/second-factor"));
		browser.click(By.id("passkey-sign-in"));
		browser.until(d -> !d.getCurrentUrl().contains("/login"));

		assertThat(browser.currentUrl()).isEqualTo(baseOf(browser) + "/");
	}

	@Test
	void aDisabledAccountsPasskeyDoesNotSignIn(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		browser.withPasskeyAuthenticator().signIn(facilitator.username(), SessionFixtures.PASSWORD);
		enrolPasskey(browser, "old laptop");
		signOut(browser);
		administration.disable(fixtures.operator(), facilitator.username());

		browser.visit("/login");
		browser.click(By.id("passkey-sign-in"));
		browser.until(d -> d.findElement(By.id("passkey-message")).isDisplayed());

		assertThat(browser.currentUrl()).contains("/login");
		browser.visit("/account/security");
		assertThat(browser.currentUrl()).endsWith("/login");
	}

	private static void enrolPasskey(Browser browser, String label) {
		browser.visit("/account/security");
		browser.find(By.id("passkey-label")).sendKeys(label);
		browser.click(By.id("passkey-register"));
		browser.until(d -> d.getPageSource().contains("Your passkey is added"));
		browser.shot();
	}

	private static void signOut(Browser browser) {
		browser.click(By.cssSelector("form[action$='/logout'] button"));
		browser.until(d -> d.getCurrentUrl().contains("/login"));
	}

	private static void signInWithPasskey(Browser browser) {
		browser.visit("/login");
		browser.click(By.id("passkey-sign-in"));
		browser.until(d -> !d.getCurrentUrl().contains("/login"));
		browser.shot();
	}

	private static String baseOf(Browser browser) {
		String url = browser.currentUrl();
		return url.substring(0, url.indexOf('/', "http://".length()));
	}

}
