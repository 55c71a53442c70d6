package org.sojourn.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session record shows its group administration (page, API and PDF): that it was a group one, the group's size,
 * time, room and attending facilitators, and nothing of the other participants; a session that left its group says
 * its administration was individual; a session never in a group shows nothing of groups.
 *
 * <p>
 * The group: three participants, one client of Fiona's and two of Felix's, at a center both work with, in the Cedar
 * room with both attending; a fourth session, Fiona's, left it before consumption.
 */
@SojournTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupRecordTests {

	private static final String ROOM = "Cedar room";

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	Clients clients;

	@Autowired
	Sessions sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate restTemplate;

	@Value("${sojourn.time-zone}")
	ZoneId zone;

	private CurrentUser fiona;

	private CurrentUser felix;

	private CurrentUser administrator;

	private Instant scheduledAt;

	private UUID fionasParticipant;

	private UUID fionasLeaver;

	private UUID individual;

	/** Legal names of Felix's two clients in the group, which Fiona's record must never show. */
	private List<String> othersNames;

	@BeforeAll
	void aGroupOfThreeAndOneWhoLeft() {
		ServiceCenter center = fixtures.center();
		administrator = fixtures.administratorOf(center);
		fiona = fixtures.facilitator();
		felix = fixtures.facilitator();
		scheduledAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		fionasParticipant = sessionOf(fiona, center, SessionFixtures.unique("Ada Fionaclient"));
		fionasLeaver = sessionOf(fiona, center, SessionFixtures.unique("Bo Fionaclient"));
		individual = sessionOf(fiona, center, SessionFixtures.unique("Cy Fionaclient"));
		// Plain names, so that an escaped name on the page cannot hide from the check.
		String felixsFirst = SessionFixtures.unique("Rowan Felixclient");
		String felixsSecond = SessionFixtures.unique("Sage Felixclient");
		othersNames = List.of(felixsFirst, felixsSecond);

		GroupRows rows = new GroupRows(jdbc);
		UUID room = rows.room(center.getId(), ROOM, 10);
		UUID group = rows.group(center.getId(), room, scheduledAt, "PLANNED", administrator.username(),
				List.of(fiona.username(), felix.username()));
		rows.joined(group, fionasParticipant);
		rows.joined(group, sessionOf(felix, center, felixsFirst));
		rows.joined(group, sessionOf(felix, center, felixsSecond));
		rows.leftBeforeConsumption(group, fionasLeaver);
	}

	@Test
	void theRecordPageShowsTheGroupWithoutTheOtherParticipants() {
		for (CurrentUser reader : List.of(fiona, administrator)) {
			SojournHttp.Reply page = http().signedIn(reader.username()).get("/sessions/" + fionasParticipant);

			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			assertThat(page.body()).as(reader.username())
				.contains("id=\"group-administration\"", "<td>group</td>", "<td>" + ROOM + "</td>",
						"<td>" + new PageTimes(zone).when(scheduledAt) + "</td>", "Clients in the group</th><td>3</td>",
						displayName(fiona), displayName(felix))
				.doesNotContain(othersNames.toArray(String[]::new));
		}
	}

	@Test
	void theRecordApiCarriesTheGroupsFactsOnly() {
		SojournHttp.Reply reply = http().basic(fiona.username()).get("/api/sessions/" + fionasParticipant);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode group = reply.json().path("groupAdministration");
		assertThat(group.path("participants").asInt()).isEqualTo(3);
		assertThat(group.path("roomName").asText()).isEqualTo(ROOM);
		assertThat(Instant.parse(group.path("scheduledAt").asText())).isEqualTo(scheduledAt);
		assertThat(group.path("leftGroup").asBoolean()).isFalse();
		assertThat(group.path("facilitatorNames")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder(displayName(fiona), displayName(felix));
		assertThat(reply.body()).doesNotContain(othersNames.toArray(String[]::new));
	}

	@Test
	void thePdfCarriesTheGroupsFactsOnly() {
		String text = pdfText(fiona, fionasParticipant);

		assertThat(text).contains("Group administration Administration group",
				"Group scheduled " + PageTimes.FORMAT.withZone(zone).format(scheduledAt), "Room " + ROOM,
				"Clients in the group 3", displayName(fiona), displayName(felix))
			.containsSubsequence("Submitted forms", "Group administration", "Administration record")
			.doesNotContain(othersNames.toArray(String[]::new));
	}

	@Test
	void aSessionThatLeftItsGroupWasAdministeredIndividually() {
		SojournHttp.Reply page = http().signedIn(fiona.username()).get("/sessions/" + fionasLeaver);
		assertThat(page.body()).contains("individual: the session left the group administration of")
			.doesNotContain("Clients in the group", ROOM);

		JsonNode group = http().basic(fiona.username()).get("/api/sessions/" + fionasLeaver).json()
			.path("groupAdministration");
		assertThat(group.path("leftGroup").asBoolean()).isTrue();

		assertThat(pdfText(fiona, fionasLeaver))
			.contains("Administration individual: the session left the group administration of")
			.doesNotContain("Clients in the group");
	}

	@Test
	void aSessionInNoGroupShowsNothingOfGroups() {
		SojournHttp.Reply page = http().signedIn(fiona.username()).get("/sessions/" + individual);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("group-administration", "Group administration", "Clients in the group");

		JsonNode record = http().basic(fiona.username()).get("/api/sessions/" + individual).json();
		assertThat(record.has("groupAdministration")).isTrue();
		assertThat(record.path("groupAdministration").isNull()).isTrue();

		assertThat(pdfText(fiona, individual)).doesNotContain("Group administration", "Clients in the group");
	}

	/** A session of a new client with this legal name, at the center, prepared three days ago. */
	private UUID sessionOf(CurrentUser facilitator, ServiceCenter center, String legalName) {
		fixtures.enroll(facilitator, center);
		UUID client = clients.create(facilitator.username(),
				new ClientProfile(legalName, null, null, LocalDate.of(1980, 1, 2), null, null, null, null))
			.id();
		UUID session = sessions.create(facilitator, client, center.getId()).id();
		fixtures.prepare(facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		return session;
	}

	private static String displayName(CurrentUser facilitator) {
		return "Facilitator " + facilitator.username();
	}

	private String pdfText(CurrentUser reader, UUID session) {
		ResponseEntity<byte[]> download = restTemplate.withBasicAuth(reader.username(), SessionFixtures.PASSWORD)
			.getForEntity("/api/sessions/{id}/record.pdf", byte[].class, session);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (PDDocument document = Loader.loadPDF(download.getBody())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
