package org.sojourn.groups.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupPlan;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.ParticipantView;
import org.sojourn.groups.RoomRequest;
import org.sojourn.groups.RoomView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecords;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The group pages over real HTTP with form login: rooms, planning, the group's page, and nobody else's group. */
@SojournTest
class GroupPagesTests {

	private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private SessionRecords records;

	@Autowired
	private GroupAdministrations groups;

	@Value("${sojourn.time-zone}")
	private ZoneId zone;

	@Test
	void anotherCentersAdministratorAndAFacilitatorFindNoGroupPagesAndChangeNothing() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		GroupView group = planned(world, room(world, 10));
		CurrentUser stranger = fixtures.administratorOf(fixtures.center());
		String home = world.home();

		for (CurrentUser outsider : List.of(stranger, world.facilitator())) {
			Browser browser = http().signedIn(outsider.username());
			for (String page : List.of(home + "/rooms", home + "/groups/new", "/groups/" + group.id())) {
				assertThat(browser.get(page).status()).as("%s GET %s", outsider.username(), page).isEqualTo(404);
			}
			// Their own home gives the form's CSRF token; the posts themselves are refused as missing.
			String ownPage = outsider == stranger ? "/" : "/sessions/" + world.sessions().get(0);
			assertThat(GroupPageForms.fields()
				.with("name", "Taken over")
				.with("maximumOccupancy", 5)
				.post(browser, ownPage, home + "/rooms")
				.status()).isEqualTo(404);
			assertThat(GroupPageForms.fields().post(browser, ownPage, "/groups/" + group.id() + "/check-in").status())
				.isEqualTo(404);
			assertThat(GroupPageForms.fields()
				.with("reason", "Not mine to cancel")
				.with("confirmed", "yes")
				.post(browser, ownPage, "/groups/" + group.id() + "/cancellation")
				.status()).isEqualTo(404);
		}

		assertThat(groups.rooms(world.administrator(), world.center().getId())).extracting(RoomView::name)
			.doesNotContain("Taken over");
		assertThat(groups.group(world.administrator(), group.id()).status()).isEqualTo("PLANNED");
	}

	@Test
	void roomsAreAddedChangedAndRetiredFromTheCentersHomeAndARefusalKeepsWhatWasTyped() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		Browser browser = http().signedIn(world.administrator().username());
		String home = world.home();

		Reply added = GroupPageForms.fields()
			.with("name", "Garden room")
			.with("maximumOccupancy", 8)
			.post(browser, home, home + "/rooms");
		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		assertThat(added.location()).endsWith(home + "#rooms");
		Reply after = browser.get(home);
		assertThat(after.body()).contains("id=\"rooms\"", "value=\"Garden room\"", "value=\"8\"",
				"Room Garden room added.");
		RoomView room = onlyRoom(world);

		Reply refused = GroupPageForms.fields()
			.with("name", "Attic")
			.with("maximumOccupancy", "none")
			.post(browser, home, home + "/rooms");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"new-room-error\"", "a whole number from 1 to 1000",
				"value=\"Attic\"", "value=\"none\"");

		Reply changed = GroupPageForms.fields()
			.with("name", "Garden room (east)")
			.with("maximumOccupancy", 12)
			.post(browser, home, home + "/rooms/" + room.id());
		assertThat(changed.status()).as(changed.toString()).isEqualTo(302);
		assertThat(onlyRoom(world)).extracting(RoomView::name, RoomView::maximumOccupancy)
			.containsExactly("Garden room (east)", 12);

		Reply asked = GroupPageForms.fields().post(browser, home, home + "/rooms/" + room.id() + "/retirement");
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("Retire the room Garden room (east)?", "name=\"confirmed\"");
		assertThat(onlyRoom(world).retired()).isFalse();
		Reply retired = GroupPageForms.fields()
			.with("confirmed", "yes")
			.post(browser, home, home + "/rooms/" + room.id() + "/retirement");
		assertThat(retired.status()).as(retired.toString()).isEqualTo(302);
		assertThat(onlyRoom(world).retired()).isTrue();
		assertThat(browser.get(home).body()).doesNotContain("value=\"Garden room (east)\"");
	}

	@Test
	void aRoomMadeSmallerThanItsPlannedGroupIsRefusedWithTheMessageNextToItsForm() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		RoomView room = room(world, 10);
		planned(world, room);
		Browser browser = http().signedIn(world.administrator().username());

		Reply refused = GroupPageForms.fields()
			.with("name", room.name())
			.with("maximumOccupancy", 2)
			.post(browser, world.home(), world.home() + "/rooms/" + room.id());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"room-" + room.id() + "-error\"", "value=\"2\"");
		assertThat(onlyRoom(world).maximumOccupancy()).isEqualTo(10);
	}

	@Test
	void aRefusedPlanShowsItsMessageAndKeepsWhatWasChosen() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		RoomView smallRoom = room(world, 2);
		Browser browser = http().signedIn(world.administrator().username());
		String planPage = world.home() + "/groups/new";
		String when = wallClock(Instant.now().plus(1, ChronoUnit.DAYS));

		Reply refused = GroupPageForms.fields()
			.with("scheduledAt", when)
			.with("roomId", smallRoom.id())
			.with("facilitators", world.facilitator().username())
			.withEach("sessions", world.sessions())
			.post(browser, planPage, world.home() + "/groups");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.body()).contains("The room holds at most 2; the group would have 3 participants.",
				"value=\"" + when + "\"")
			.containsPattern("value=\"" + world.facilitator().username() + "\"\\s+checked")
			.contains(world.clientNames());
		for (UUID session : world.sessions()) {
			assertThat(refused.body()).containsPattern("value=\"" + session + "\"\\s+checked");
		}
		assertThat(groups.groupsOfCenter(world.administrator(), world.center().getId())).isEmpty();
	}

	@Test
	void aGroupPlannedThroughThePageShowsItsParticipantsAndDosesAndIsCheckedInOnce() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		RoomView room = room(world, 10);
		Browser browser = http().signedIn(world.administrator().username());
		String planPage = world.home() + "/groups/new";
		assertThat(browser.get(planPage).body()).contains(world.clientNames()).contains("20 mg");

		Reply planned = GroupPageForms.fields()
			.with("scheduledAt", wallClock(Instant.now().plus(2, ChronoUnit.HOURS)))
			.with("roomId", room.id())
			.with("facilitators", world.facilitator().username())
			.withEach("sessions", world.sessions())
			.post(browser, planPage, world.home() + "/groups");

		assertThat(planned.status()).as(planned.toString()).isEqualTo(302);
		String groupPage = planned.location().replaceFirst("^https?://[^/]+", "");
		assertThat(groupPage).matches("/groups/[0-9a-f-]{36}");
		String page = browser.get(groupPage).body();
		assertThat(page).contains("Group planned for", room.name(), "id=\"group-count\">3<", "20 mg agreed estimate")
			.contains(world.clientNames());
		assertThat(browser.get(world.home()).body()).contains("href=\"" + groupPage + "\"");

		Reply checkedIn = GroupPageForms.fields().post(browser, groupPage, groupPage + "/check-in");
		assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(302);
		String after = browser.get(groupPage).body();
		assertThat(after).contains("id=\"group-status\">checked in<");
		for (UUID session : world.sessions()) {
			assertThat(after).contains("href=\"/sessions/" + session + "#task-");
		}

		// A second check-in (another tab, a double click) finds the group checked in: said on the page, nothing done.
		Reply again = GroupPageForms.fields().post(browser, groupPage, groupPage + "/check-in");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("id=\"error\"", "The group is checked in");
	}

	@Test
	void aParticipantWhoseDoseWouldBreakTheRatioIsRefusedNextToTheAddFormAndDoesNotJoin() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		GroupView group = planned(world, room(world, 10));
		UUID strong = fixtures.session(world.facilitator(), world.center());
		fixtures.complete(world.facilitator(), strong, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(world.facilitator(), strong, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		fixtures.complete(world.facilitator(), strong, SessionStep.DOSE_ESTIMATE,
				new HashMap<>(Map.of("estimatedInitialDoseMg", 40)));
		fixtures.complete(world.facilitator(), strong, SessionStep.PREPARATION_CERTIFICATION,
				SessionFixtures.preparationCertified(Instant.now().minus(3, ChronoUnit.DAYS)));
		Browser browser = http().signedIn(world.administrator().username());
		String groupPage = "/groups/" + group.id();
		assertThat(browser.get(groupPage).body()).contains("value=\"" + strong + "\"", "40 mg");

		Reply refused = GroupPageForms.fields().with("sessionId", strong).post(browser, groupPage,
				groupPage + "/participants");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"sessionId-error\"",
				"4 participants at up to 40 mg need 2 facilitators; 1 attends.");
		assertThat(groups.group(world.administrator(), group.id()).participants())
			.extracting(ParticipantView::sessionId)
			.containsExactlyElementsOf(world.sessions());
	}

	@Test
	void aParticipantIsRemovedAndTheGroupCancelledEachAfterAConfirmation() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		GroupView group = planned(world, room(world, 10));
		Browser browser = http().signedIn(world.administrator().username());
		String groupPage = "/groups/" + group.id();
		String removal = groupPage + "/participants/" + world.sessions().get(0) + "/removal";

		Reply asked = GroupPageForms.fields().post(browser, groupPage, removal);
		assertThat(asked.body()).contains("Remove " + world.clientNames().get(0) + " from the group?");
		assertThat(groups.group(world.administrator(), group.id()).participantCount()).isEqualTo(3);
		Reply removed = GroupPageForms.fields().with("confirmed", "yes").post(browser, groupPage, removal);
		assertThat(removed.status()).as(removed.toString()).isEqualTo(302);
		assertThat(groups.group(world.administrator(), group.id()).participantCount()).isEqualTo(2);

		Reply noReason = GroupPageForms.fields().with("reason", " ").post(browser, groupPage,
				groupPage + "/cancellation");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.body()).contains("id=\"reason-error\"", "Give the reason");
		Reply confirm = GroupPageForms.fields().with("reason", "The room flooded").post(browser, groupPage,
				groupPage + "/cancellation");
		assertThat(confirm.body()).contains("session goes back to being scheduled on its own", "The room flooded");
		assertThat(groups.group(world.administrator(), group.id()).status()).isEqualTo("PLANNED");
		Reply cancelled = GroupPageForms.fields()
			.with("reason", "The room flooded")
			.with("confirmed", "yes")
			.post(browser, groupPage, groupPage + "/cancellation");
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(302);
		assertThat(groups.group(world.administrator(), group.id()).status()).isEqualTo("CANCELLED");
	}

	@Test
	void theSessionPageShowsTheGroupToItsFacilitatorWithoutAnotherFacilitatorsClients() {
		GroupPageWorld world = GroupPageWorld.prepare(fixtures, records);
		RoomView room = room(world, 10);
		planned(world, room);
		UUID ownSession = world.sessions().get(2);

		String page = http().signedIn(world.otherFacilitator().username()).get("/sessions/" + ownSession).body();

		String panel = section(page, "session-group");
		assertThat(panel).contains(room.name(), "id=\"session-group-count\">3<",
				"Facilitator " + world.facilitator().username(), "planned")
			.doesNotContain("/groups/");
		assertThat(page).contains(world.clientNames().get(2))
			.doesNotContain(world.clientNames().get(0), world.clientNames().get(1));
		String administrators = http().signedIn(world.administrator().username()).get("/sessions/" + ownSession).body();
		assertThat(section(administrators, "session-group")).contains("id=\"session-group-link\"");
		UUID alone = fixtures.session(world.facilitator(), world.center());
		assertThat(http().signedIn(world.facilitator().username()).get("/sessions/" + alone).body())
			.doesNotContain("id=\"session-group\"");
	}

	private RoomView room(GroupPageWorld world, int occupancy) {
		return groups.addRoom(world.administrator(), world.center().getId(),
				new RoomRequest(SessionFixtures.unique("Room"), occupancy));
	}

	/** The three sessions planned in the room for tomorrow, the first facilitator attending. */
	private GroupView planned(GroupPageWorld world, RoomView room) {
		return groups.plan(world.administrator(), world.center().getId(),
				new GroupPlan(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), room.id(),
						List.of(world.facilitator().username()), world.sessions()));
	}

	private RoomView onlyRoom(GroupPageWorld world) {
		List<RoomView> rooms = groups.rooms(world.administrator(), world.center().getId());
		assertThat(rooms).hasSize(1);
		return rooms.get(0);
	}

	private String wallClock(Instant at) {
		return WALL_CLOCK.format(LocalDateTime.ofInstant(at, zone));
	}

	/** The page's element of the id, up to its closing section. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("the page has #%s", id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
