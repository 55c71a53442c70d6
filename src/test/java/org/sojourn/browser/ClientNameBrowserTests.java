package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The client's name, as the session record keeps it, in a browser: on the pages of the session's own center and
 * facilitator, and on no page of another center or another facilitator.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class ClientNameBrowserTests {

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private Clients clients;

	@Autowired
	private Sessions sessions;

	private ServiceCenter center;

	private String legalName;

	private UUID session;

	@BeforeEach
	void aScheduledSessionOfANamedClient() {
		center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		legalName = "Named " + SessionFixtures.unique("Client");
		UUID client = clients.create(facilitator.username(),
				new ClientProfile(legalName, null, null, LocalDate.of(1980, 6, 1), null, null, null, null)).id();
		session = sessions.create(facilitator, client, center.getId()).id();
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		CurrentUser founder = fixtures.administratorOf(center);
		fixtures.complete(founder, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(2))));
	}

	@Test
	void theCentersAdministratorSeesTheClientsNameOnTheCentersDayAndTheSessionPage(Browser browser) {
		CurrentUser administrator = fixtures.administratorOf(center);

		browser.signIn(administrator.username(), SessionFixtures.PASSWORD).visit("/centers/" + center.getId());
		String centersHome = browser.pageSource();
		browser.visit("/sessions/" + session);

		assertThat(centersHome).contains(legalName, "/sessions/" + session);
		assertThat(browser.pageSource()).contains(legalName);
	}

	@Test
	void anotherCentersAdministratorSeesNeitherTheNameNorTheSession(Browser browser) {
		ServiceCenter other = fixtures.center();
		CurrentUser stranger = fixtures.administratorOf(other);

		browser.signIn(stranger.username(), SessionFixtures.PASSWORD).visit("/centers/" + other.getId());
		String theirHome = browser.pageSource();
		browser.visit("/sessions/" + session);

		assertThat(theirHome).doesNotContain(legalName);
		assertThat(browser.pageSource()).doesNotContain(legalName).containsIgnoringCase("not found");
	}

	@Test
	void anotherFacilitatorSeesNeitherTheNameNorTheSession(Browser browser) {
		CurrentUser otherFacilitator = fixtures.facilitator();
		fixtures.enroll(otherFacilitator, center);

		browser.signIn(otherFacilitator.username(), SessionFixtures.PASSWORD).visit("/");
		String theirHome = browser.pageSource();
		browser.visit("/sessions/" + session);

		assertThat(theirHome).doesNotContain(legalName);
		assertThat(browser.pageSource()).doesNotContain(legalName).containsIgnoringCase("not found");
	}

}
