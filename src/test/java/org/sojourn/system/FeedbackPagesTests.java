package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.PageForms;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientDocuments;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * Feedback on Sojourn's pages over real HTTP: a confirmation after an action, a confirm step before what cannot simply
 * be undone, under-21 clients and likely duplicates, and Sojourn's own error pages.
 */
@SojournTest
class FeedbackPagesTests {

	/** What Chromium sends for a page. */
	private static final Map<String, String> BROWSER_ACCEPT = Map.of("Accept",
			"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private Clients clients;

	@Autowired
	private Sessions sessions;

	@Autowired
	private ClientDocuments documents;

	@Autowired
	private CenterMemberships memberships;

	@Value("${sojourn.time-zone}")
	private ZoneId zone;

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

	@Test
	void addingAClientConfirmsItOnTheNextPage() {
		CurrentUser facilitator = fixtures.facilitator();
		Browser browser = http().signedIn(facilitator.username());

		Reply added = browser.submitForm("/clients/new", "/clients",
				Map.of("legalName", "Flash " + SessionFixtures.unique("Client"), "dateOfBirth", "1980-02-03"));

		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		Reply next = browser.get(added.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(next.body()).contains("id=\"flash\"", "Client added.");
		assertThat(browser.get(added.location().replaceFirst("^https?://[^/]+", "")).body())
			.as("the confirmation shows once").doesNotContain("id=\"flash\"");
	}

	@Test
	void cancellingASessionAsksFirstAndOnlyTheConfirmationCancels() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Browser browser = http().signedIn(facilitator.username());
		String page = "/sessions/" + session;
		Map<String, String> cancellation = Map.of("kind", "CANCELLED", "reason", "The client moved away.");

		Reply asked = browser.submitForm(page, page + "/cancellation", cancellation);

		assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
		assertThat(asked.body()).contains("id=\"confirm\"", "Cancel the session of", "The client moved away.",
				"name=\"confirmed\" value=\"yes\"");
		assertThat(status(facilitator, session)).isEqualTo(SessionStatus.ACTIVE);

		Map<String, String> confirmed = new HashMap<>(cancellation);
		confirmed.put("confirmed", "yes");
		Reply done = browser.submitForm(page, page + "/cancellation", confirmed);

		assertThat(done.status()).as(done.toString()).isEqualTo(302);
		assertThat(status(facilitator, session)).isEqualTo(SessionStatus.CANCELLED);
		assertThat(browser.get(page).body()).contains("Session cancelled.");
	}

	@Test
	void removingAnAdministratorOrAFacilitatorAsksFirst() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser other = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		Browser browser = http().signedIn(administrator.username());
		String home = "/centers/" + center.getId();

		Reply asked = browser.submitForm(home, home + "/administrators/" + other.username() + "/removal", Map.of());
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("Remove " + other.username() + " as an administrator?");
		assertThat(memberships.members(administrator, center.getId()).administrators()).contains(other.username());

		Reply removed = browser.submitForm(home, home + "/administrators/" + other.username() + "/removal",
				Map.of("confirmed", "yes"));
		assertThat(removed.status()).isEqualTo(302);
		assertThat(memberships.members(administrator, center.getId()).administrators())
			.doesNotContain(other.username());
		assertThat(browser.get(home).body()).contains("is no longer an administrator of the center.");

		Reply askedFacilitator = browser.submitForm(home,
				home + "/facilitators/" + facilitator.username() + "/removal", Map.of());
		assertThat(askedFacilitator.body()).contains("as a facilitator of the center?");
		assertThat(memberships.worksWith(center.getId(), facilitator.username())).isTrue();
	}

	@Test
	void trashingADocumentAsksFirst() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Browser browser = http().signedIn(facilitator.username());
		String page = "/clients/" + client;
		Reply uploaded = new PageForms(http(), browser).upload(page, page + "/documents", "plan.txt",
				"Safety plan".getBytes());
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(302);
		UUID document = documents.list(facilitator.username(), client).get(0).id();

		Reply asked = browser.submitForm(page, page + "/documents/" + document + "/delete", Map.of());
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("Move “plan.txt” to the trash?");
		assertThat(documents.list(facilitator.username(), client)).hasSize(1);

		Reply trashed = browser.submitForm(page, page + "/documents/" + document + "/delete",
				Map.of("confirmed", "yes"));
		assertThat(trashed.status()).isEqualTo(302);
		assertThat(documents.list(facilitator.username(), client)).isEmpty();
		assertThat(browser.get(page).body()).contains("Document moved to the trash.");
	}

	@Test
	void aClientUnder21CannotStartASessionFromTheClientPage() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID young = clients.create(facilitator.username(), new ClientProfile("Young " + SessionFixtures.unique("Ada"),
				null, null, LocalDate.now(zone).minusYears(19), null, null, null, null)).id();
		Browser browser = http().signedIn(facilitator.username());

		Reply refused = browser.submitForm("/clients/" + young, "/clients/" + young + "/sessions", Map.of());

		assertThat(refused.status()).isEqualTo(302);
		assertThat(browser.get("/clients/" + young).body()).contains("only for clients 21 or older");
		assertThat(sessions.ofClient(facilitator, young)).isEmpty();
	}

	@Test
	void aLikelyDuplicateClientIsFlaggedBeforeItIsCreated() {
		CurrentUser facilitator = fixtures.facilitator();
		String name = "Twin " + SessionFixtures.unique("Client");
		UUID first = clients.create(facilitator.username(),
				new ClientProfile(name, null, null, LocalDate.of(1970, 7, 7), null, null, null, null)).id();
		Map<String, Object> again = Map.of("legalName", " " + name.toUpperCase() + " ", "dateOfBirth", "1970-07-07");
		SojournHttp.Door api = http().basic(facilitator.username());

		Reply flagged = api.post("/api/clients", again);
		assertThat(flagged.status()).as(flagged.toString()).isEqualTo(409);
		assertThat(flagged.json().path("duplicateOf").asText()).isEqualTo(first.toString());
		assertThat(flagged.json().path("confirmWith").asText()).isEqualTo("confirmDuplicate=true");
		assertThat(clients.list(facilitator.username(), null, Pageable.unpaged()))
			.hasSize(1);
		assertThat(api.post("/api/clients?confirmDuplicate=true", again).status()).isEqualTo(201);

		Browser browser = http().signedIn(facilitator.username());
		Map<String, String> form = Map.of("legalName", name, "dateOfBirth", "1970-07-07");
		Reply asked = browser.submitForm("/clients/new", "/clients", form);
		assertThat(asked.status()).isEqualTo(409);
		assertThat(asked.body()).contains("id=\"duplicate\"", "href=\"/clients/" + first + "\"",
				"name=\"confirmDuplicate\"", "value=\"" + name + "\"");
		Map<String, String> confirmed = new HashMap<>(form);
		confirmed.put("confirmDuplicate", "yes");
		assertThat(browser.submitForm("/clients/new", "/clients", confirmed).status()).isEqualTo(302);
		assertThat(clients.list(facilitator.username(), null, Pageable.unpaged()))
			.hasSize(3);
	}

	@Test
	void anUnknownAddressInTheBrowserIsSojournsOwnPageWhileTheApiKeepsProblemDetails() {
		CurrentUser facilitator = fixtures.facilitator();
		Browser browser = http().signedIn(facilitator.username());

		Reply unknown = browser.raw("GET", "/no-such-page", BROWSER_ACCEPT, null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(unknown.body()).contains("Page not found", "Go to your home page").doesNotContain("Whitelabel");

		Reply badId = browser.raw("GET", "/sessions/not-an-id", BROWSER_ACCEPT, null);
		assertThat(badId.status()).isEqualTo(404);
		assertThat(badId.body()).contains("Page not found").doesNotContain("\"status\"");

		Reply someoneElses = browser.raw("GET", "/centers/" + UUID.randomUUID() + "/reports/2026/Q9", BROWSER_ACCEPT,
				null);
		assertThat(someoneElses.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

		Reply api = http().basic(facilitator.username()).raw("GET", "/api/no-such-thing", BROWSER_ACCEPT, null);
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		Reply engine = http().basic(facilitator.username()).raw("GET", "/engine-rest/no-such-thing", BROWSER_ACCEPT,
				null);
		assertThat(engine.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("text/html");
	}

	private SessionStatus status(CurrentUser user, UUID session) {
		return sessions.list(user, Pageable.unpaged())
			.stream()
			.filter(s -> s.id().equals(session))
			.findFirst()
			.orElseThrow()
			.status();
	}

}
