package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.FreshInstallationTest;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.TestMailServer;
import org.sojourn.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole onboarding of a new installation, in Chromium, on a database of its own with no demo data, where every
 * account must sign in with a second factor: the first operator (from configuration) registers a center for an
 * administrator's email; the administrator creates the account from the mailed link, enrols an authenticator app and
 * invites a facilitator by email; the facilitator creates their account, signs in with password and code, and opens
 * a client's session at the center, which the administrator then sees. Then the facilitator forgets the password:
 * the mailed link resets it and ends the earlier sign-in. Every mail goes to whom it should, with its subject and
 * link, and none names the client.
 */
@FreshInstallationTest
@ExtendWith(BrowserExtension.class)
class OnboardingBrowserTests {

	static final Pattern LINK = Pattern.compile("http://localhost:8080(/[A-Za-z0-9/_-]+)");

	static final String PASSWORD = "a long and memorable passphrase";

	@LocalServerPort
	int port;

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Test
	void anOperatorsCenterGetsAnAdministratorAndAFacilitatorWhoWorkThereAndRecoversTheirPassword(Browser operator)
			throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String administratorEmail = "admin-" + run + "@example.org";
		String facilitatorEmail = "facilitator-" + run + "@example.org";
		String clientName = "Robin Newcomer " + run;
		assertThat(accounts.exists("fiona")).as("no demo data").isFalse();

		// The first operator, from configuration, must enrol before anything else; an API token registers the center.
		signInWithPassword(operator, FreshInstallationTest.OPERATOR, FreshInstallationTest.OPERATOR_PASSWORD);
		assertThat(operator.currentUrl()).endsWith("/account/security");
		enrolAuthenticator(operator);
		String centerId = registerCenter(apiToken(operator), "Center " + run, "PSC-" + run, administratorEmail);

		// The administrator creates the account from the mailed link and enrols an authenticator app.
		String invitation = onlyLink(administratorEmail, "You are invited to Sojourn", "/join/");
		try (Browser administrator = Browser.open(base()); Browser facilitator = Browser.open(base())) {
			createAccount(administrator, invitation, "admin-" + run, null);
			signInWithPassword(administrator, "admin-" + run, PASSWORD);
			assertThat(administrator.currentUrl()).as("led to enrol first").endsWith("/account/security");
			enrolAuthenticator(administrator);

			// ... and invites a facilitator by email from the center's home.
			administrator.visit("/centers/" + centerId);
			administrator.find(By.id("facilitator")).sendKeys(facilitatorEmail);
			administrator.click(By.xpath("//form[@id='invite']//button[normalize-space()='Invite']"));
			administrator.until(driver -> driver.getPageSource().contains(facilitatorEmail));

			// The facilitator creates the account, enrols, then signs in with password and code.
			String facilitatorInvitation = onlyLink(facilitatorEmail, "You are invited to Sojourn", "/join/");
			createAccount(facilitator, facilitatorInvitation, "facilitator-" + run, "PSF-" + run);
			signInWithPassword(facilitator, "facilitator-" + run, PASSWORD);
			assertThat(facilitator.currentUrl()).endsWith("/account/security");
			String secret = enrolAuthenticator(facilitator);
			facilitator.click(By.xpath("//nav//button[normalize-space()='Sign out']"));
			signInWithPassword(facilitator, "facilitator-" + run, PASSWORD);
			assertThat(facilitator.currentUrl()).endsWith("/login/second-factor");
			// The code of the next step (accepted for clock drift): the one of enrolment is used up.
			secondStep(facilitator, codeAt(secret, step() + 1));

			// A client, and a session at the center.
			facilitator.visit("/clients/new");
			facilitator.find(By.id("legalName")).sendKeys(clientName);
			facilitator.setValue(By.id("dateOfBirth"), "1980-06-01");
			facilitator.click(By.xpath("//main//button[normalize-space()='Add client']"));
			String clientUrl = facilitator.until(driver -> driver.getCurrentUrl().matches(".*/clients/[0-9a-f-]{36}$")
					? driver.getCurrentUrl() : null);
			facilitator.find(By.cssSelector("select#centerId option[value='" + centerId + "']")).click();
			facilitator.click(By.xpath("//main//button[normalize-space()='Start session']"));
			facilitator.visit(clientUrl);
			facilitator.find(By.xpath("//main//a[normalize-space()='Open session record']"));

			// The administrator sees the session, and whose it is, on the center's home.
			administrator.visit("/centers/" + centerId);
			assertThat(administrator.find(By.id("sessions")).isDisplayed()).isTrue();
			assertThat(administrator.pageSource()).contains(clientName);

			// Forgot password: the mailed link sets a new one and ends the facilitator's earlier sign-in.
			try (Browser forgetful = Browser.open(base())) {
				forgetful.visit("/forgot-password");
				forgetful.find(By.id("email")).sendKeys(facilitatorEmail);
				forgetful.click(By.xpath("//main//button[normalize-space()='Mail me a link']"));
				forgetful.find(By.id("sent"));
				String reset = onlyLink(facilitatorEmail, "Reset your Sojourn password", "/password-reset/");
				forgetful.visit(reset);
				forgetful.find(By.id("password")).sendKeys(PASSWORD + " renewed");
				forgetful.click(By.xpath("//main//button[normalize-space()='Set the new password']"));
				forgetful.until(driver -> driver.getCurrentUrl().contains("/login?reset"));
			}
			facilitator.visit("/");
			assertThat(facilitator.currentUrl()).as("the earlier sign-in ended").contains("/login");
			assertThat(subjects(facilitatorEmail)).containsExactly("You are invited to Sojourn",
					"Reset your Sojourn password", "Your Sojourn password was changed");
			// The administrator also hears that a session came to the center (a notification, without its client).
			assertThat(subjects(administratorEmail)).containsExactly("You are invited to Sojourn",
					"A session came to your center in Sojourn");
		}
		for (String address : List.of(administratorEmail, facilitatorEmail)) {
			for (MimeMessage message : mail.receivedBy(address)) {
				assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(address);
				assertThat(text(message)).doesNotContain(clientName).doesNotContain("Robin");
			}
		}
	}

	private void signInWithPassword(Browser browser, String username, String password) {
		browser.visit("/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys(password);
		browser.click(By.cssSelector("main button[type=submit]"));
		browser.until(driver -> !driver.getCurrentUrl().endsWith("/login"));
	}

	private void secondStep(Browser browser, String code) {
		browser.find(By.id("code")).sendKeys(code);
		browser.click(By.xpath("//main//button[normalize-space()='Sign in']"));
		browser.until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	/** Sets up an authenticator app on the security page, as its owner would; answers its secret. */
	private String enrolAuthenticator(Browser browser) {
		browser.visit("/account/security");
		browser.click(By.xpath("//main//button[normalize-space()='Set up an authenticator app']"));
		String secret = browser.find(By.id("totp-secret")).getText();
		browser.find(By.id("code")).sendKeys(codeAt(secret, step()));
		browser.click(By.xpath("//main//button[normalize-space()='Confirm']"));
		browser.until(driver -> driver.getPageSource().contains("An authenticator app is enrolled"));
		return secret;
	}

	private String apiToken(Browser browser) {
		browser.visit("/account/tokens");
		browser.find(By.name("name")).sendKeys("center registration");
		browser.click(By.xpath("//main//button[normalize-space()='Make token']"));
		return browser.find(By.id("secret")).getText();
	}

	private String registerCenter(String token, String name, String license, String administratorEmail) {
		String body = "{\"name\":\"%s\",\"licenseNumber\":\"%s\",\"firstAdministrator\":\"%s\"}".formatted(name,
				license, administratorEmail);
		Reply registered = SojournHttp.onPort(port)
			.anonymous()
			.raw("POST", "/api/centers",
					Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
					body.getBytes(StandardCharsets.UTF_8));
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		return registered.json().path("id").asText();
	}

	private void createAccount(Browser browser, String joinLink, String username, String licenseOrNull) {
		browser.visit(joinLink);
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("displayName")).sendKeys("Person " + username);
		browser.find(By.id("password")).sendKeys(PASSWORD);
		if (licenseOrNull != null) {
			browser.find(By.id("licenseNumber")).sendKeys(licenseOrNull);
		}
		browser.click(By.xpath("//main//button[normalize-space()='Create my account']"));
		browser.until(driver -> driver.getCurrentUrl().contains("/login?joined"));
	}

	/** The link of the newest mail to the address, which must have this subject and link to this kind of page. */
	private String onlyLink(String address, String subject, String pathPrefix) throws Exception {
		List<MimeMessage> received = mail.receivedBy(address);
		assertThat(received).as("mail to %s", address).isNotEmpty();
		MimeMessage newest = received.get(received.size() - 1);
		assertThat(newest.getSubject()).isEqualTo(subject);
		Matcher link = LINK.matcher(text(newest));
		assertThat(link.find()).as("a link in %s", text(newest)).isTrue();
		assertThat(link.group(1)).startsWith(pathPrefix);
		return link.group(1);
	}

	private List<String> subjects(String address) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : mail.receivedBy(address)) {
			subjects.add(message.getSubject());
		}
		return subjects;
	}

	private static String text(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	private static long step() {
		return Instant.now().getEpochSecond() / 30;
	}

	private static String codeAt(String secret, long step) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
		}
		catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
