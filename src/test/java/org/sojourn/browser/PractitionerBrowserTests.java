package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The practitioner's day in a real browser: a facilitator keeps a client record, opens a session at a center,
 * completes its first form in Tasklist and sees the session move on; the center's administrator sees the session
 * but not the client record.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class PractitionerBrowserTests {

	@Autowired
	SessionFixtures fixtures;

	@Test
	void facilitatorKeepsAClientRecordAndRunsTheFirstStepInTasklistWhileTheCenterSeesOnlyTheSession(Browser browser)
			throws IOException {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		fixtures.enroll(facilitator, center);
		CurrentUser administrator = fixtures.administratorOf(center);
		String name = SessionFixtures.unique("Robin Client");

		// A client record with a note and a document.
		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD).visit("/clients/new");
		browser.find(By.id("legalName")).sendKeys(name);
		browser.setValue(By.id("dateOfBirth"), "1985-03-14");
		browser.click(By.xpath("//main//button[normalize-space()='Add client']"));
		String clientUrl = browser.until(driver -> driver.getCurrentUrl().matches(".*/clients/[0-9a-f-]{36}$")
				? driver.getCurrentUrl() : null);
		assertThat(browser.pageSource()).contains(name);

		browser.find(By.id("note-text")).sendKeys("First preparation call went well.");
		browser.click(By.xpath("//main//button[normalize-space()='Add note']"));
		browser.until(driver -> driver.getPageSource().contains("First preparation call went well."));

		Path document = Files.createTempFile("intake-", ".txt");
		Files.writeString(document, "Intake notes for the client.");
		browser.find(By.id("file")).sendKeys(document.toAbsolutePath().toString());
		browser.click(By.xpath("//main//button[normalize-space()='Upload']"));
		String download = browser.find(By.xpath("//main//tr[contains(@class,'document')]//a")).getAttribute("href");
		assertThat(browser.fetchText(download)).isEqualTo("Intake notes for the client.");

		// A session at the center, its first task completed in Tasklist.
		browser.visit(clientUrl);
		browser.find(By.cssSelector("select#centerId option[value='" + center.getId() + "']")).click();
		browser.click(By.xpath("//main//button[normalize-space()='Start session']"));
		browser.visit(clientUrl);
		browser.click(By.xpath("//main//a[normalize-space()='Open session record']"));
		String sessionUrl = browser.until(driver -> driver.getCurrentUrl().contains("/sessions/")
				? driver.getCurrentUrl() : null);
		// The session record names its client, as the OHA forms do.
		assertThat(browser.find(By.id("client")).getText()).isEqualTo(name);

		browser.click(By.xpath("//main//a[normalize-space()='Complete in Tasklist']"));
		browser.click(By.cssSelector("input[id$='-Field_clientIs21OrOlder-0']"));
		for (String question : new String[] { "lithiumLast30Days", "currentThoughtsOfHarm", "activePsychosis",
				"currentTreatment", "medicationsDuringSession", "historyOfHarm", "mushroomAllergy", "needsInterpreter",
				"needsSupportPerson" }) {
			browser.click(By.cssSelector("input[id$='-Field_" + question + "-1']"));
		}
		browser.click(By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='Complete']"));
		browser.until(driver -> {
			browser.visit(sessionUrl);
			// The session moved on: the next step, consents, now waits for the facilitator.
			return driver.getPageSource().contains("Sign consents and plans") ? true : null;
		});
		assertThat(browser.pageSource()).contains("form_clientInformation", name);

		// The center's administrator: the session and whose it is, yes; the client record, no.
		try (Browser centerBrowser = Browser.open(sessionUrl.substring(0, sessionUrl.indexOf("/sessions/")))) {
			centerBrowser.signIn(administrator.username(), SessionFixtures.PASSWORD).visit(sessionUrl);
			assertThat(centerBrowser.find(By.id("status")).getText()).isEqualTo("ACTIVE");
			assertThat(centerBrowser.find(By.id("client")).getText()).isEqualTo(name);
			centerBrowser.visit(clientUrl);
			assertThat(centerBrowser.pageSource()).doesNotContain(name).doesNotContain("First preparation call");
		}
	}

}
