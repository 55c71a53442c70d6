package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A practitioner's day done entirely in Sojourn's pages: the facilitator's (client, note, document, session, the
 * four preparation steps) within 40 clicks and without leaving Sojourn, the center administrator's check-in and
 * administration record from the center's home, and a time typed on a laptop in another zone.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class WorkDayBrowserTests {

	private static final int MOST_CLICKS = 40;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	SessionRecords records;

	@Test
	void theFacilitatorsDayTakesAtMostFortyClicksAllInSojournsPages(Browser browser) throws IOException {
		CurrentUser facilitator = fixtures.facilitator();
		String name = SessionFixtures.unique("Robin Client");
		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD);
		Pages pages = new Pages(browser);
		int clicksBefore = browser.clicks();

		pages.click(By.linkText("add your first client"));
		browser.find(By.id("legalName")).sendKeys(name);
		browser.setValue(By.id("dateOfBirth"), "1985-03-14");
		pages.click(By.xpath("//main//button[normalize-space()='Add client']"));

		browser.find(By.id("note-text")).sendKeys("First preparation call went well.");
		pages.click(By.xpath("//main//button[normalize-space()='Add note']"));
		Path document = Files.createTempFile("intake-", ".txt");
		Files.writeString(document, "Intake notes for the client.");
		browser.find(By.id("file")).sendKeys(document.toAbsolutePath().toString());
		pages.click(By.xpath("//main//button[normalize-space()='Upload']"));

		pages.click(By.xpath("//main//button[normalize-space()='Start session']"));
		UUID sessionId = UUID.fromString(browser.currentUrl().replaceAll(".*/sessions/([0-9a-f-]{36}).*", "$1"));

		pages.submitting(() -> SessionForms.clearScreening(browser));
		pages.submitting(() -> SessionForms.consents(browser));
		pages.submitting(() -> SessionForms.type(browser, "estimatedInitialDoseMg", "20"));
		pages.submitting(() -> {
			SessionForms.dateTime(browser, "preparationSessionAt", Instant.now().minus(1, ChronoUnit.DAYS));
			SessionForms.type(browser, "preparationSessionMinutes", "90");
			SessionForms.check(browser, "preparationCertified");
		});

		RecordViews.Record record = records.record(facilitator, sessionId);
		assertThat(record.forms()).extracting(RecordViews.Form::step)
			.containsExactly(SessionStep.CLIENT_INFORMATION, SessionStep.CONSENTS_AND_PLANS, SessionStep.DOSE_ESTIMATE,
					SessionStep.PREPARATION_CERTIFICATION);
		int clicks = browser.clicks() - clicksBefore;
		System.out.printf("The facilitator's day: %d clicks, %d page loads: %s%n", clicks, pages.loads.size(),
				pages.loads);
		assertThat(clicks).as("clicks for the facilitator's day").isLessThanOrEqualTo(MOST_CLICKS);
		assertThat(pages.loads).as("every page of the day is Sojourn's")
			.allMatch(path -> path.startsWith("/") && !path.startsWith("/camunda"));
	}

	@Test
	void theCenterChecksTheClientInAndRecordsTheAdministrationFromItsHome(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID sessionId = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, sessionId, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.complete(administrator, sessionId, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));

		browser.signIn(administrator.username(), SessionFixtures.PASSWORD).visit("/centers/" + center.getId());
		Pages pages = new Pages(browser);
		pages.click(By.cssSelector("a.open-task[href^='/sessions/" + sessionId + "#task-']"));
		assertThat(SessionFormsBrowserTests.checklist(browser, "administration")).containsExactly(
				"done Schedule the administration", "current Check-in", "upcoming Administration record",
				"upcoming Product and waste");

		Instant start = Instant.now().minus(7, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		pages.submitting(() -> {
			SessionForms.dateTime(browser, "checkedInAt", start.minus(15, ChronoUnit.MINUTES));
			SessionForms.check(browser, "identityAndAgeVerified");
			SessionForms.check(browser, "productConsumed");
		});
		assertThat(SessionFormsBrowserTests.checklist(browser, "administration")).containsExactly(
				"done Schedule the administration", "done Check-in", "current Administration record",
				"upcoming Product and waste");

		pages.submitting(() -> {
			SessionForms.type(browser, "productId", "LOT-42");
			SessionForms.type(browser, "initialDoseMg", "20");
			SessionForms.dateTime(browser, "initialDoseAt", start);
			SessionForms.dateTime(browser, "sessionStartedAt", start);
			SessionForms.dateTime(browser, "sessionEndedAt", start.plus(6, ChronoUnit.HOURS));
			SessionForms.radio(browser, "transportPlanFollowed", 0);
			SessionForms.check(browser, "clientReleaseSigned");
		});
		assertThat(SessionFormsBrowserTests.checklist(browser, "administration")).containsExactly(
				"done Schedule the administration", "done Check-in", "done Administration record",
				"current Product and waste");

		RecordViews.Record record = records.record(administrator, sessionId);
		assertThat(record.productConsumedAt()).isNotNull();
		assertThat(record.administration().startedAt()).isEqualTo(start);
		assertThat(record.administration().recordedBy()).isEqualTo(administrator.username());
		assertThat(pages.loads.subList(1, pages.loads.size()))
			.allMatch(path -> path.startsWith("/sessions/" + sessionId));
	}

	@Test
	void aTimeTypedWithTheBrowserInAnotherZoneIsStoredAsTheInstallationsTime(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		UUID sessionId = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, sessionId, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, sessionId, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		fixtures.complete(facilitator, sessionId, SessionStep.DOSE_ESTIMATE, SessionFixtures.doseEstimate());

		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD).timeZone("Asia/Tokyo");
		browser.visit("/sessions/" + sessionId);
		assertThat(browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("Asia/Tokyo");
		// 10:30 on the day before yesterday, as the installation's clock (America/Los_Angeles) reads.
		LocalDateTime wallClock = LocalDateTime.now(SessionForms.INSTALLATION)
			.minusDays(2)
			.withHour(10)
			.withMinute(30)
			.truncatedTo(ChronoUnit.MINUTES);
		Instant meant = wallClock.atZone(SessionForms.INSTALLATION).toInstant();
		assertThat(browser.pageSource()).contains("Times are read in <span>America/Los_Angeles</span>");
		SessionForms.dateTime(browser, "preparationSessionAt", meant);
		SessionForms.type(browser, "preparationSessionMinutes", "90");
		SessionForms.check(browser, "preparationCertified");
		SessionForms.submit(browser);

		assertThat(records.record(facilitator, sessionId).preparationSessionAt()).isEqualTo(meant);
	}

	/** Clicks that count, and every page the browser loads on the way (by its path), which must be Sojourn's. */
	static final class Pages {

		final List<String> loads = new ArrayList<>();

		private final Browser browser;

		Pages(Browser browser) {
			this.browser = browser;
			mark();
		}

		void click(By by) {
			browser.click(by);
			mark();
		}

		/** Fills the current step's form and sends it; the page that follows shows the next step. */
		void submitting(Runnable fill) {
			fill.run();
			SessionForms.submit(browser);
			mark();
		}

		/** A page without the mark is a new page load. */
		private void mark() {
			browser.until(driver -> "complete".equals(browser.script("return document.readyState")) ? true : null);
			Object marked = browser.script("return window.sojournPageSeen === true;");
			if (!Boolean.TRUE.equals(marked)) {
				String url = browser.currentUrl();
				String path = url.replaceFirst("^https?://localhost:\\d+", "");
				loads.add(path.equals(url) ? url : path);
				browser.script("window.sojournPageSeen = true;");
			}
		}

	}

}
