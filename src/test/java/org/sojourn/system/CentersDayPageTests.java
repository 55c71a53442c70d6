package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The homes name each session's client: the center's day (today's administrations first, with client, time, room and
 * facilitator, each reached from there), the center's tasks, and the facilitator's open item to choose a center.
 */
@SojournTest
class CentersDayPageTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private Clients clients;

	@Autowired
	private Sessions sessions;

	private UUID sessionOf(CurrentUser facilitator, ServiceCenter center, String legalName) {
		UUID client = clients.create(facilitator.username(),
				new ClientProfile(legalName, null, null, LocalDate.of(1982, 4, 5), null, null, null, null)).id();
		return sessions.create(facilitator, client, center == null ? null : center.getId()).id();
	}

	@Test
	void theCentersDayListsTodaysAdministrationFirstWithClientTimeRoomAndFacilitator() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		String todays = "Today " + SessionFixtures.unique("Client");
		String later = "Later " + SessionFixtures.unique("Client");
		UUID today = sessionOf(facilitator, center, todays);
		UUID afterwards = sessionOf(facilitator, center, later);
		for (UUID session : new UUID[] { today, afterwards }) {
			fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofDays(3)));
		}
		fixtures.complete(administrator, afterwards, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(3))));
		Map<String, Object> now = new HashMap<>(SessionFixtures.schedule(Instant.now()));
		now.put("room", "Juniper room");
		fixtures.complete(administrator, today, SessionStep.SCHEDULE_ADMINISTRATION, now);
		// Checked in: today's administration has begun and still belongs to the day.
		fixtures.complete(administrator, today, SessionStep.CHECK_IN, SessionFixtures.checkIn());

		Reply page = SojournHttp.onPort(port).signedIn(administrator.username()).get("/centers/" + center.getId());

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		String day = section(page.body(), "id=\"upcoming\"");
		assertThat(day).contains(todays, "Juniper room", "Room 1", facilitator.username(), "Today",
				"href=\"/sessions/" + today + "\"", "in administration", "scheduled");
		assertThat(day.indexOf(todays)).isLessThan(day.indexOf(later));
		assertThat(day).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} P[SD]T");
	}

	@Test
	void theCentersTasksAndSessionsNameTheirClientsNotTheirIds() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		String first = "First " + SessionFixtures.unique("Client");
		String second = "Second " + SessionFixtures.unique("Client");
		UUID one = sessionOf(facilitator, center, first);
		UUID two = sessionOf(facilitator, center, second);
		fixtures.prepare(facilitator, one, Instant.now().minus(Duration.ofDays(3)));
		fixtures.prepare(facilitator, two, Instant.now().minus(Duration.ofDays(3)));

		Reply page = SojournHttp.onPort(port).signedIn(administrator.username()).get("/centers/" + center.getId());

		String tasks = section(page.body(), "id=\"tasks\"");
		assertThat(tasks).contains(first, second, "href=\"/sessions/" + one + "\"");
		assertThat(section(page.body(), "id=\"sessions\"")).contains(first, second, "ready to schedule")
			.doesNotContain(">Session " + one);
	}

	@Test
	void choosingACenterIsAnOpenItemOnTheFacilitatorsHome() {
		CurrentUser facilitator = fixtures.facilitator();
		String name = "Waiting " + SessionFixtures.unique("Client");
		UUID waiting = sessionOf(facilitator, null, name);
		fixtures.prepare(facilitator, waiting, Instant.now().minus(Duration.ofDays(3)));

		Reply home = SojournHttp.onPort(port).signedIn(facilitator.username()).get("/");

		String tasks = section(home.body(), "id=\"tasks\"");
		assertThat(tasks).contains("Choose a service center", name,
				"href=\"/sessions/" + waiting + "#center-form\"");
		assertThat(section(home.body(), "id=\"sessions\"")).contains("needs a center");
	}

	/** The page from the marker to the end of its first table (or list). */
	private static String section(String body, String marker) {
		String from = body.substring(body.indexOf(marker));
		int end = from.indexOf("</table>");
		return end < 0 ? from : from.substring(0, end);
	}

}
