package org.sojourn.browser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Fills the form-js forms of the session page as a person does, field by field (form-js gives each input an id
 * ending in its field's id, {@code Field_<key>} in Sojourn's forms), and sends them.
 */
final class SessionForms {

	/** The installation's zone in the tests (sojourn.time-zone). */
	static final ZoneId INSTALLATION = ZoneId.of("America/Los_Angeles");

	private SessionForms() {
	}

	static void radio(Browser browser, String key, int option) {
		browser.click(By.cssSelector("input[id$='-Field_" + key + "-" + option + "']"));
	}

	static void check(Browser browser, String key) {
		browser.click(By.cssSelector("input[id$='-Field_" + key + "']"));
	}

	static void type(Browser browser, String key, String text) {
		WebElement input = browser.find(By.cssSelector("[id$='-Field_" + key + "']"));
		input.clear();
		input.sendKeys(text);
	}

	/** Picks the first option of a form-js select (a list that opens below its input). */
	static void selectFirst(Browser browser, String key) {
		browser.click(By.cssSelector("[id$='-Field_" + key + "-display']"));
		browser.click(By.cssSelector(".fjs-dropdownlist-item"));
	}

	/** Types the date and time as the wall clock of the installation shows the instant (en-US date format). */
	static void dateTime(Browser browser, String key, Instant at) {
		ZonedDateTime local = at.atZone(INSTALLATION);
		WebElement date = browser.find(By.cssSelector("input[id$='-Field_" + key + "-date']"));
		date.sendKeys(DateTimeFormatter.ofPattern("M/d/yyyy").format(local), Keys.TAB);
		WebElement time = browser.find(By.cssSelector("input[id$='-Field_" + key + "-time']"));
		time.clear();
		time.sendKeys(DateTimeFormatter.ofPattern("HH:mm").format(local), Keys.TAB);
	}

	static void clearScreening(Browser browser) {
		radio(browser, "clientIs21OrOlder", 0);
		for (String question : new String[] { "lithiumLast30Days", "currentThoughtsOfHarm", "activePsychosis",
				"currentTreatment", "medicationsDuringSession", "historyOfHarm", "mushroomAllergy", "needsInterpreter",
				"needsSupportPerson" }) {
			radio(browser, question, 1);
		}
	}

	static void consents(Browser browser) {
		for (String signed : new String[] { "billOfRightsAcknowledged", "informedConsentSigned",
				"safetyAndSupportPlanSigned", "transportationPlanSigned", "dataReportingFormCompleted",
				"optOutOffered" }) {
			check(browser, signed);
		}
		selectFirst(browser, "transportationMode");
		radio(browser, "supportiveTouchConsent", 1);
		radio(browser, "differentFacilitatorsConsent", 0);
		radio(browser, "dataReportingOptOut", 1);
	}

	/** Sends the form and waits for the page that follows a completion (the session's page, its next step open). */
	static void submit(Browser browser) {
		browser.script("window.sojournBeforeSubmit = true;");
		browser.click(By.cssSelector("button.submit-task"));
		browser.until(driver -> browser.script("return window.sojournBeforeSubmit === undefined"
				+ " && document.readyState === 'complete'").equals(Boolean.TRUE) ? true : null);
		browser.shot();
	}

	/** Sends the form and waits for its refusal to show. */
	static void submitRefused(Browser browser) {
		browser.click(By.cssSelector("button.submit-task"));
		browser.find(By.cssSelector(".form-refusal"));
		browser.shot();
	}

	/** The message form-js shows under a field. */
	static WebElement fieldError(Browser browser, String key) {
		return browser.find(By.cssSelector("[id$='-Field_" + key + "-error-message']"));
	}

}
