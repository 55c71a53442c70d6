package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientDocuments;
import org.sojourn.clients.ClientNotes;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.clients.NoteText;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.AddendumRequest;
import org.sojourn.records.AdministrationEventKind;
import org.sojourn.records.EventReport;
import org.sojourn.records.ReactionSeverity;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.CancellationRequest;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Every Sojourn page on a phone screen (390 × 844, as a mobile browser lays it out), filled as in practice and with
 * the long unbroken words real records have (addresses, links, file names, ids): nothing makes the page scroll
 * sideways, and the page's main content is there.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class PhoneScreenBrowserTests {

	static final int WIDTH = 390;

	static final int HEIGHT = 844;

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	Clients clients;

	@Autowired
	ClientNotes notes;

	@Autowired
	ClientDocuments documents;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionRecords records;

	@Autowired
	SessionRecordEntries entries;

	@Autowired
	CenterMemberships memberships;

	@Test
	void everyPageFitsAPhoneScreen(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		fixtures.enroll(facilitator, center);
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser invited = fixtures.facilitator();
		memberships.invite(administrator, center.getId(), invited.username());

		String legalName = "Maximiliane Wolfeschlegelsteinhausenbergerdorff-Konstantinopoulou "
				+ SessionFixtures.unique("");
		UUID client = clients.create(facilitator.username(), new ClientProfile(legalName, "Maxi", "she/her",
				LocalDate.of(1979, 11, 2), "maximiliane.wolfeschlegelsteinhausenbergerdorff@example-clinic-network.org",
				"+1 (503) 555-0100", "Konstantin Wolfeschlegelsteinhausenbergerdorff", "+1 (503) 555-0199"))
			.id();
		UUID note = notes.add(facilitator.username(), client, new NoteText("First call, resources sent.")).id();
		notes.revise(facilitator.username(), client, note, new NoteText("First call; integration resources sent: "
				+ "https://www.oregon.gov/oha/PH/PREVENTIONWELLNESS/Pages/Psilocybin-Services-Client-Resources.aspx"));
		documents.upload(facilitator.username(), client,
				pdf("Intake_and_informed_consent_signed_scanned_2026-03-14_final.pdf"));
		UUID trashed = documents.upload(facilitator.username(), client, pdf("Transportation_plan_draft.pdf")).id();
		documents.delete(facilitator.username(), client, trashed);

		// Administered at the center (forms, an addendum, events, the administration record), one waiting for
		// scheduling, one scheduled, one withdrawn (the client's history), one in preparation without a center.
		UUID administered = sessions.create(facilitator, client, center.getId()).id();
		fixtures.prepare(facilitator, administered, Instant.now().minus(3, ChronoUnit.DAYS));
		UUID doseEstimate = records.record(facilitator, administered)
			.forms()
			.stream()
			.filter(form -> form.step() == SessionStep.DOSE_ESTIMATE)
			.findFirst()
			.orElseThrow()
			.id();
		entries.addAddendum(facilitator, administered, new AddendumRequest(doseEstimate.toString(),
				"Agreed a lower start after the preparation session", Map.of("estimatedInitialDoseMg", 15)));
		fixtures.complete(administrator, administered, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		fixtures.complete(administrator, administered, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		entries.recordEvent(administrator, administered,
				new EventReport(AdministrationEventKind.BEHAVIORAL_REACTION, ReactionSeverity.MILD, false, false,
						"Anxious for about twenty minutes; calmed with breathing exercises and music.",
						Instant.now().minus(3, ChronoUnit.HOURS)));
		fixtures.complete(administrator, administered, SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, 5.0, 360));
		UUID waiting = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, waiting, Instant.now().minus(1, ChronoUnit.DAYS));
		UUID scheduled = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, scheduled, Instant.now().minus(1, ChronoUnit.DAYS));
		fixtures.complete(administrator, scheduled, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(2, ChronoUnit.DAYS)));
		UUID withdrawn = sessions.create(facilitator, client, null).id();
		sessions.cancel(facilitator, withdrawn,
				new CancellationRequest(CancellationRequest.Kind.WITHDRAWN, "Moved out of state"));
		UUID preparing = fixtures.session(facilitator, null);

		SoftAssertions softly = new SoftAssertions();
		browser.phone(WIDTH, HEIGHT);

		browser.visit("/login");
		fits(softly, browser, "sign-in page", By.id("username"), By.id("password"));

		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD).visit("/");
		fits(softly, browser, "facilitator home", By.cssSelector("#clients tr.client"),
				By.cssSelector("#tasks tr.task"), By.cssSelector("#sessions a[href^='/sessions/']"));
		assertThat(browser.pageSource()).contains(legalName);

		browser.visit("/clients/new");
		fits(softly, browser, "new-client form", By.id("legalName"), By.id("emergencyContactPhone"),
				By.xpath("//main//button[normalize-space()='Add client']"));

		browser.visit("/clients/" + client + "/edit");
		fits(softly, browser, "client profile form", By.cssSelector("input#email[value*='example-clinic-network']"));

		browser.visit("/clients/" + client);
		fits(softly, browser, "client record", By.cssSelector("#profile table"), By.cssSelector("#sessions tbody tr"),
				By.cssSelector("#notes .note details"), By.cssSelector("#documents tr.document"),
				By.cssSelector("#documents tr.trashed"), By.id("file"));
		assertThat(browser.pageSource()).contains(legalName, "Psilocybin-Services-Client-Resources",
				"Intake_and_informed_consent", "Transportation_plan_draft.pdf");

		browser.visit("/sessions/" + administered);
		fits(softly, browser, "session record", By.id("status"), By.id("timeline"), By.cssSelector(".form-record"),
				By.cssSelector(".addendum"), By.id("administration"));
		assertThat(browser.pageSource()).contains("Anxious for about twenty minutes", "Agreed a lower start");

		browser.visit("/sessions/" + preparing);
		fits(softly, browser, "session record in preparation", By.id("center-form"), By.id("cancel-form"));

		browser.click(By.xpath("//nav//button[normalize-space()='Sign out']"));
		browser.signIn(administrator.username(), SessionFixtures.PASSWORD).visit("/");
		fits(softly, browser, "center administrator's start page", By.linkText(center.getName()));

		browser.visit("/centers/" + center.getId());
		fits(softly, browser, "center home", By.partialLinkText("Open the task"),
				By.cssSelector("main a[href='/sessions/" + scheduled + "']"), named(administrator.username()),
				named(facilitator.username()), named(invited.username()), By.id("invite"));
		String report = browser.find(By.id("report-link")).getAttribute("href");

		browser.visit(report);
		fits(softly, browser, "quarterly report", By.id("clientsAdministered"),
				By.id("reaction-BEHAVIORAL_REACTION-MILD"), By.id("participatingClients"));
		assertThat(browser.find(By.id("clientsAdministered")).getText()).isNotEqualTo("0");
		softly.assertAll();
	}

	/**
	 * The page laid out at the phone's width, nothing reaching beyond it but what scrolls inside a container of its
	 * own, and its main content shown. A mobile browser widens the layout (and shrinks the page) to what sticks out,
	 * so the window's inner width is checked as well as the document's.
	 */
	private static void fits(SoftAssertions softly, Browser browser, String page, By... content) {
		for (By element : content) {
			browser.find(element);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> layout = (Map<String, Object>) browser.script("""
				const phone = arguments[0];
				const beyond = [...document.body.querySelectorAll('*')]
					.filter(e => e.getBoundingClientRect().right > phone + 0.5
						&& e.parentElement.getBoundingClientRect().right <= phone + 0.5)
					.map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
						+ ' (to ' + Math.round(e.getBoundingClientRect().right) + 'px): '
						+ (e.textContent || '').trim().replace(/\\s+/g, ' ').substring(0, 50));
				return {inner: window.innerWidth, scroll: document.documentElement.scrollWidth, beyond: beyond};
				""", WIDTH);
		long inner = (Long) layout.get("inner");
		long scroll = (Long) layout.get("scroll");
		softly.assertThat(inner)
			.as("%s is laid out %s px wide on a %s px phone; sticking out: %s", page, inner, WIDTH, layout.get("beyond"))
			.isEqualTo(WIDTH);
		softly.assertThat(scroll)
			.as("%s scrolls sideways (%s px wide); sticking out: %s", page, scroll, layout.get("beyond"))
			.isLessThanOrEqualTo(inner);
	}

	/** An element of the page's main content whose own text is the name. */
	private static By named(String name) {
		return By.xpath("//main//*[normalize-space(text())='" + name + "']");
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", PDF);
	}

}
