package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps of a session done on its page, with the forms rendered there by form-js: the checklist after each step,
 * a refusal shown at its field with the task still open, and a center task claimed in place.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class SessionFormsBrowserTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	SessionRecords records;

	@Test
	void eachPreparationStepIsCompletedOnTheSessionPageAndTheChecklistMovesOnAfterEach(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		UUID sessionId = fixtures.session(facilitator, null);
		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD).visit("/sessions/" + sessionId);
		assertThat(checklist(browser, "preparation")).containsExactly(
				"current Client information and screening", "upcoming Screening review",
				"upcoming Consents and plans", "upcoming Dose estimate",
				"upcoming Preparation session and certification");

		SessionForms.clearScreening(browser);
		SessionForms.submit(browser);
		assertThat(checklist(browser, "preparation")).containsExactly("done Client information and screening",
				"current Consents and plans", "upcoming Dose estimate",
				"upcoming Preparation session and certification");
		assertThat(browser.find(By.cssSelector("#phase-preparation li[data-state=done] .done")).getText())
			.startsWith("done by " + facilitator.username() + ",");

		SessionForms.consents(browser);
		SessionForms.submit(browser);
		assertThat(checklist(browser, "preparation")).containsExactly("done Client information and screening",
				"done Consents and plans", "current Dose estimate", "upcoming Preparation session and certification");

		SessionForms.type(browser, "estimatedInitialDoseMg", "20");
		SessionForms.submit(browser);
		assertThat(checklist(browser, "preparation")).containsExactly("done Client information and screening",
				"done Consents and plans", "done Dose estimate", "current Preparation session and certification");

		SessionForms.dateTime(browser, "preparationSessionAt", Instant.now().minus(2, ChronoUnit.DAYS));
		SessionForms.type(browser, "preparationSessionMinutes", "90");
		SessionForms.check(browser, "preparationCertified");
		SessionForms.submit(browser);
		assertThat(checklist(browser, "preparation")).containsExactly("done Client information and screening",
				"done Consents and plans", "done Dose estimate", "done Preparation session and certification");
		assertThat(records.record(facilitator, sessionId).forms()).hasSize(4);
	}

	@Test
	void aDoseOverTheCapIsShownAtItsFieldAndTheTaskStaysOpen(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID sessionId = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, sessionId, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.complete(administrator, sessionId, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		fixtures.complete(administrator, sessionId, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		String task = fixtures.openTask(administrator, sessionId, SessionStep.ADMINISTRATION_RECORD).id();

		browser.signIn(administrator.username(), SessionFixtures.PASSWORD).visit("/sessions/" + sessionId);
		Instant start = Instant.now().minus(7, ChronoUnit.HOURS);
		SessionForms.type(browser, "productId", "LOT-42");
		// Each dose within the form's own limit, the total over the program's cap: the server refuses it.
		SessionForms.type(browser, "initialDoseMg", "40");
		SessionForms.dateTime(browser, "initialDoseAt", start);
		SessionForms.type(browser, "secondaryDoseMg", "20");
		SessionForms.dateTime(browser, "secondaryDoseAt", start.plus(1, ChronoUnit.HOURS));
		SessionForms.dateTime(browser, "sessionStartedAt", start);
		SessionForms.dateTime(browser, "sessionEndedAt", start.plus(6, ChronoUnit.HOURS));
		SessionForms.radio(browser, "transportPlanFollowed", 0);
		SessionForms.check(browser, "clientReleaseSigned");
		SessionForms.submitRefused(browser);

		WebElement atField = SessionForms.fieldError(browser, "secondaryDoseMg");
		assertThat(atField.getText()).contains("total dose of 60 mg is over the limit of 50 mg");
		assertThat(browser.find(By.cssSelector("#task-" + task + " .form-refusal")).getText())
			.contains("over the limit of 50 mg");
		assertThat(fixtures.openTask(administrator, sessionId, SessionStep.ADMINISTRATION_RECORD).id()).isEqualTo(task);
		assertThat(records.record(administrator, sessionId).administration()).isNull();
	}

	@Test
	void aCenterTaskIsClaimedOnThePageAndTheOtherAdministratorsSeeWhoHasIt(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser colleague = fixtures.administratorOf(center);
		UUID sessionId = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, sessionId, Instant.now().minus(3, ChronoUnit.DAYS));
		String task = fixtures.openTask(administrator, sessionId, SessionStep.SCHEDULE_ADMINISTRATION).id();

		browser.signIn(administrator.username(), SessionFixtures.PASSWORD).visit("/sessions/" + sessionId);
		browser.click(By.cssSelector("#task-" + task + " button.claim"));
		assertThat(browser.find(By.cssSelector("#task-" + task + " .holder")).getText())
			.contains(administrator.username());
		assertThat(browser.pageSource()).doesNotContain("button class=\"claim\"");

		try (Browser other = Browser.open(browser.currentUrl().substring(0, browser.currentUrl().indexOf("/sessions/")))) {
			other.signIn(colleague.username(), SessionFixtures.PASSWORD).visit("/sessions/" + sessionId);
			assertThat(other.find(By.cssSelector("#task-" + task + " .holder")).getText())
				.contains(administrator.username());
			assertThat(other.pageSource()).doesNotContain("form-js");
		}
	}

	/** The checklist of one phase as "state label" lines. */
	static List<String> checklist(Browser browser, String phase) {
		return browser.until(driver -> driver.findElements(By.cssSelector("#phase-" + phase + " ol.checklist > li")))
			.stream()
			.map(item -> item.getAttribute("data-state") + " " + item.findElement(By.tagName("strong")).getText())
			.toList();
	}

}
