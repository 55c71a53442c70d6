package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupPlan;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.ParticipantView;
import org.sojourn.groups.RoomRequest;
import org.sojourn.groups.RoomView;
import org.sojourn.groups.web.GroupPageWorld;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecords;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group administration run in Sojourn's pages as a center's administrator runs it: a room, a group of three planned
 * from the center's home, checked in, each participant's check-in and dose recorded on their own session, and a dose
 * that would break the ratio refused with the rule's numbers; the pages fit a phone. And what a facilitator sees of
 * it.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class GroupAdministrationBrowserTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	SessionRecords records;

	@Autowired
	GroupAdministrations groups;

	@Test
	void theAdministratorPlansAGroupOfThreeChecksItInAndRecordsTheirDoses(Browser browser) {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		String roomName = SessionFixtures.unique("Garden room");
		browser.signIn(world.administrator().username(), SessionFixtures.PASSWORD).visit(world.home());

		browser.find(By.id("new-room-name")).sendKeys(roomName);
		browser.find(By.id("new-room-occupancy")).sendKeys("8");
		browser.click(By.xpath("//form[@id='add-room']//button"));
		assertThat(browser.find(By.id("flash")).getText()).isEqualTo("Room " + roomName + " added.");

		browser.click(By.id("plan-group-link"));
		Instant at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		browser.setValue(By.id("scheduledAt"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
			.format(LocalDateTime.ofInstant(at, SessionForms.INSTALLATION)));
		browser.click(By.id("facilitator-" + world.facilitator().username()));
		for (UUID session : world.sessions()) {
			browser.click(By.id("session-" + session));
		}
		browser.click(By.xpath("//form[@id='plan-group']//button"));
		String groupPage = browser.currentUrl().replaceFirst("^https?://[^/]+", "");
		assertThat(groupPage).matches("/groups/[0-9a-f-]{36}");
		assertThat(browser.find(By.id("group-room")).getText()).startsWith(roomName);
		assertThat(browser.find(By.id("group-count")).getText()).isEqualTo("3");

		browser.click(By.id("check-in-button"));
		assertThat(browser.find(By.id("group-status")).getText()).isEqualTo("checked in");

		Instant start = Instant.now().minus(7, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		for (UUID session : world.sessions()) {
			browser.visit(groupPage);
			browser.click(By.cssSelector("#participant-" + session + " a.open-task"));
			checkIn(browser, start);
			boolean last = session.equals(world.sessions().get(2));
			if (last) {
				// One facilitator attends: three participants at over 35 mg would need two.
				administration(browser, start, "40");
				SessionForms.submitRefused(browser);
				assertThat(browser.find(By.cssSelector(".form-refusal")).getText())
					.contains("3 participants at up to 40 mg need 2 facilitators; 1 attends.");
				assertThat(records.record(world.administrator(), session).administration()).isNull();
				SessionForms.type(browser, "initialDoseMg", "20");
				SessionForms.submit(browser);
			}
			else {
				administration(browser, start, "20");
				SessionForms.submit(browser);
			}
			assertThat(SessionFormsBrowserTests.checklist(browser, "administration"))
				.contains("done Check-in", "done Administration record");
		}

		for (UUID session : world.sessions()) {
			RecordViews.Record record = records.record(world.administrator(), session);
			assertThat(record.productConsumedAt()).isNotNull();
			assertThat(record.administration().initialDoseMg()).isEqualByComparingTo(BigDecimal.valueOf(20));
			assertThat(record.administration().recordedBy()).isEqualTo(world.administrator().username());
		}
		GroupView group = groups.group(world.administrator(), UUID.fromString(groupPage.substring(8)));
		assertThat(group.participants()).allMatch(ParticipantView::doseRecorded);

		browser.phone(390, 844);
		for (String page : List.of(groupPage, world.home(), world.home() + "/groups/new", world.home() + "/rooms")) {
			browser.visit(page);
			assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"
					+ " && window.innerWidth === 390")).as("%s fits a phone's width", page).isEqualTo(true);
		}
	}

	@Test
	void aFacilitatorSeesTheGroupOnTheirSessionPageWithoutAnotherFacilitatorsClient(Browser browser) {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		RoomView room = groups.addRoom(world.administrator(), world.center().getId(),
				new RoomRequest(SessionFixtures.unique("Room"), 10));
		groups.plan(world.administrator(), world.center().getId(),
				new GroupPlan(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), room.id(),
						List.of(world.facilitator().username()), world.sessions()));
		UUID own = world.sessions().get(2);

		browser.signIn(world.otherFacilitator().username(), SessionFixtures.PASSWORD).visit("/sessions/" + own);

		assertThat(browser.find(By.id("session-group-room")).getText()).isEqualTo(room.name());
		assertThat(browser.find(By.id("session-group-count")).getText()).isEqualTo("3");
		assertThat(browser.find(By.id("session-group-facilitators")).getText())
			.contains(world.facilitator().username());
		assertThat(browser.pageSource()).contains(world.clientNames().get(2))
			.doesNotContain(world.clientNames().get(0), world.clientNames().get(1));
		browser.visit("/groups/" + groups.groupOfSession(world.administrator(), own).orElseThrow().id());
		assertThat(browser.pageSource()).doesNotContain(world.clientNames().get(0), world.clientNames().get(1));
	}

	private static void checkIn(Browser browser, Instant start) {
		SessionForms.dateTime(browser, "checkedInAt", start.minus(15, ChronoUnit.MINUTES));
		SessionForms.check(browser, "identityAndAgeVerified");
		SessionForms.check(browser, "productConsumed");
		SessionForms.submit(browser);
	}

	/** Six hours from the start: long enough for any dose up to 50 mg. */
	private static void administration(Browser browser, Instant start, String initialDoseMg) {
		SessionForms.type(browser, "productId", "LOT-42");
		SessionForms.type(browser, "initialDoseMg", initialDoseMg);
		SessionForms.dateTime(browser, "initialDoseAt", start);
		SessionForms.dateTime(browser, "sessionStartedAt", start);
		SessionForms.dateTime(browser, "sessionEndedAt", start.plus(6, ChronoUnit.HOURS));
		SessionForms.radio(browser, "transportPlanFollowed", 0);
		SessionForms.check(browser, "clientReleaseSigned");
	}

}
