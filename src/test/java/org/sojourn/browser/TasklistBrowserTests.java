package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecords;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

/** A facilitator completes a session's form in Camunda Tasklist, signed in once through Sojourn. */
@SojournTest
@ExtendWith(BrowserExtension.class)
class TasklistBrowserTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionRecords records;

	@Test
	void facilitatorCompletesTheScreeningFormInTasklistAndTheSessionMovesOn(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, fixtures.center());
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();

		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD)
			.visit("/camunda/app/tasklist/default/#/?task=" + task);
		// form-js numbers a radio's options in the form's order: 0 = "yes", 1 = "no".
		browser.click(By.cssSelector("input[id$='-Field_clientIs21OrOlder-0']"));
		for (String question : new String[] { "lithiumLast30Days", "currentThoughtsOfHarm", "activePsychosis",
				"currentTreatment", "medicationsDuringSession", "historyOfHarm", "mushroomAllergy", "needsInterpreter",
				"needsSupportPerson" }) {
			browser.click(By.cssSelector("input[id$='-Field_" + question + "-1']"));
		}
		browser.click(By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='Complete']"));

		RecordViews.Record record = browser.until(driver -> {
			RecordViews.Record now = records.record(facilitator, session);
			return now.forms().isEmpty() ? null : now;
		});
		assertThat(record.forms()).singleElement().satisfies(form -> {
			assertThat(form.step()).isEqualTo(SessionStep.CLIENT_INFORMATION);
			assertThat(form.submittedBy()).isEqualTo(facilitator.username());
		});
		assertThat(record.screeningOutcome()).isEqualTo("CLEAR");
		assertThat(record.openTasks()).extracting(open -> open.step()).containsExactly(SessionStep.CONSENTS_AND_PLANS);
	}

	@Test
	void tasklistRefusesAnAnswerSojournRefusesAndKeepsTheTaskOpen(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		String task = fixtures.openTask(facilitator, session, SessionStep.DOSE_ESTIMATE).id();

		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD)
			.visit("/camunda/app/tasklist/default/#/?task=" + task);
		// 40 + 15 mg passes the form's own per-field range but not the 50 mg cap that Sojourn checks on completion.
		browser.find(By.cssSelector("input[id$='-Field_estimatedInitialDoseMg']")).sendKeys("40");
		browser.find(By.cssSelector("input[id$='-Field_estimatedSecondaryDoseMg']")).sendKeys("15");
		browser.click(By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='Complete']"));

		browser.until(driver -> driver.getPageSource().contains("over the limit of 50 mg"));
		browser.shot();
		assertThat(records.record(facilitator, session).openTasks()).extracting(open -> open.id()).containsExactly(task);
	}

}
