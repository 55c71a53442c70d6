package org.sojourn.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupFixtures;
import org.sojourn.groups.GroupView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.PageTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A session record shows its group administration (page, API and PDF): that it was a group one, the group's size,
 * time, room and attending facilitators, and nothing of the other participants; a session that left its group says
 * its administration was individual; a session never in a group shows nothing of groups.
 *
 * <p>
 * The group, planned through the group service: three participants, one client of Fiona's and two of Felix's, at a
 * center both work with, both attending; a fourth session, Fiona's, left it before check-in.
 */
@SojournTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupRecordTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	GroupAdministrations groups;

	@Autowired
	SessionRecords records;

	@Autowired
	TestRestTemplate restTemplate;

	@Value("${sojourn.time-zone}")
	ZoneId zone;

	private CurrentUser fiona;

	private CurrentUser felix;

	private CurrentUser administrator;

	private String room;

	private Instant scheduledAt;

	private UUID fionasParticipant;

	private UUID fionasLeaver;

	private UUID individual;

	/** Legal names of Felix's two clients in the group, which Fiona's record must never show. */
	private List<String> othersNames;

	@BeforeAll
	void aGroupOfThreeAndOneWhoLeft() {
		GroupFixtures groupFixtures = new GroupFixtures(fixtures, groups);
		GroupFixtures.Center center = groupFixtures.center(10);
		administrator = center.administrator();
		fiona = center.facilitator();
		felix = groupFixtures.facilitatorOf(center);
		room = center.room().name();
		fionasParticipant = groupFixtures.preparedSession(fiona, center, 20);
		fionasLeaver = groupFixtures.preparedSession(fiona, center, 20);
		individual = groupFixtures.preparedSession(fiona, center, 20);
		List<UUID> felixs = List.of(groupFixtures.preparedSession(felix, center, 10),
				groupFixtures.preparedSession(felix, center, 10));
		othersNames = felixs.stream().map(session -> records.record(felix, session).session().client().legalName())
			.toList();

		List<UUID> participants = new ArrayList<>(List.of(fionasParticipant, fionasLeaver));
		participants.addAll(felixs);
		GroupView group = groupFixtures.plan(center, List.of(fiona.username(), felix.username()), participants);
		scheduledAt = group.scheduledAt();
		groups.removeParticipant(administrator, group.id(), fionasLeaver);
	}

	@Test
	void theRecordPageShowsTheGroupWithoutTheOtherParticipants() {
		for (CurrentUser reader : List.of(fiona, administrator)) {
			SojournHttp.Reply page = http().signedIn(reader.username()).get("/sessions/" + fionasParticipant);

			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			assertThat(page.body()).as(reader.username())
				.contains("id=\"group-administration\"", "<td>group</td>", "<td>" + room + "</td>",
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
		assertThat(group.path("roomName").asText()).isEqualTo(room);
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
				"Group scheduled " + PageTimes.FORMAT.withZone(zone).format(scheduledAt), "Room " + room,
				"Clients in the group 3", displayName(fiona), displayName(felix))
			.containsSubsequence("Submitted forms", "Group administration", "Administration record")
			.doesNotContain(othersNames.toArray(String[]::new));
	}

	@Test
	void aSessionThatLeftItsGroupWasAdministeredIndividually() {
		SojournHttp.Reply page = http().signedIn(fiona.username()).get("/sessions/" + fionasLeaver);
		assertThat(page.body()).contains("individual: the session left the group administration of")
			.doesNotContain("Clients in the group", room);

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
