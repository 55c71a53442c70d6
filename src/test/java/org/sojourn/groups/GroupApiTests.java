package org.sojourn.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecords;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group administration over HTTP as its people use it: the state's capacity and ratio rules and the planning checks
 * refuse with problem details that name the rule and the numbers and change nothing; outsiders find nothing; a
 * facilitator sees the group and only their own clients in it.
 */
@SojournTest
class GroupApiTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	GroupAdministrations groups;

	@Autowired
	SessionRecords records;

	@Autowired
	PlatformTransactionManager transactions;

	@LocalServerPort
	int port;

	GroupFixtures groupFixtures;

	@BeforeEach
	void init() {
		groupFixtures = new GroupFixtures(fixtures, groups);
	}

	@Test
	void aCenterKeepsItsRoomsAndRefusesToShrinkOneBelowAGroupPlannedInIt() {
		GroupFixtures.Center center = groupFixtures.center(3);
		SojournHttp.Door admin = http().basic(center.administrator().username());

		Reply added = admin.post("/api/centers/%s/rooms".formatted(center.id()),
				Map.of("name", "Garden room", "maximumOccupancy", 12));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(admin.get("/api/centers/%s/rooms".formatted(center.id())).json().findValuesAsText("name"))
			.contains("Garden room", center.room().name());

		plan(center, 20, 20);
		Reply shrunk = admin.put("/api/centers/%s/rooms/%s".formatted(center.id(), center.room().id()),
				Map.of("name", center.room().name(), "maximumOccupancy", 1));
		assertThat(shrunk.status()).as(shrunk.toString()).isEqualTo(422);
		assertThat(shrunk.json().path("rule").asText()).isEqualTo("group-capacity");
		assertThat(groups.rooms(center.administrator(), center.id()))
			.filteredOn(room -> room.id().equals(center.room().id()))
			.singleElement()
			.satisfies(room -> assertThat(room.maximumOccupancy()).isEqualTo(3));

		assertThat(admin.delete("/api/centers/%s/rooms/%s".formatted(center.id(), center.room().id())).status())
			.isEqualTo(204);
		Reply inRetired = http().basic(center.administrator().username())
			.post("/api/centers/%s/groups".formatted(center.id()), planBody(center,
					List.of(groupFixtures.preparedSession(center.facilitator(), center, 5))));
		assertThat(inRetired.status()).as(inRetired.toString()).isEqualTo(422);
		assertThat(inRetired.json().path("rule").asText()).isEqualTo("group-room");
	}

	@Test
	void moreParticipantsThanTheRoomHoldsAreRefusedWithTheNumbersAndNothingIsPlanned() {
		GroupFixtures.Center center = groupFixtures.center(2);
		List<UUID> sessionIds = sessions(center, 5, 5, 5);

		Reply refused = http().basic(center.administrator().username())
			.post("/api/centers/%s/groups".formatted(center.id()), planBody(center, sessionIds));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().path("rule").asText()).isEqualTo("group-capacity");
		assertThat(refused.json().path("detail").asText())
			.isEqualTo("The room holds at most 2; the group would have 3 participants.");
		assertNothingPlanned(center, sessionIds);
		assertThat(groups.eligibleSessions(center.administrator(), center.id())).extracting(SessionChoice::sessionId)
			.containsExactlyInAnyOrderElementsOf(sessionIds);
	}

	@Test
	void tooFewFacilitatorsForTheLargestAgreedDoseAreRefusedWithTheRuleAndTheNumbers() {
		GroupFixtures.Center center = groupFixtures.center(10);
		List<UUID> sessionIds = sessions(center, 10, 40, 20);

		Reply refused = http().basic(center.administrator().username())
			.post("/api/centers/%s/groups".formatted(center.id()), planBody(center, sessionIds));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().path("rule").asText()).isEqualTo("group-ratio");
		assertThat(refused.json().path("detail").asText())
			.isEqualTo("3 participants at up to 40 mg need 2 facilitators; 1 attends.");
		assertNothingPlanned(center, sessionIds);

		CurrentUser second = groupFixtures.facilitatorOf(center);
		Reply planned = http().basic(center.administrator().username())
			.post("/api/centers/%s/groups".formatted(center.id()), Map.of("scheduledAt",
					GroupFixtures.groupTime().toString(), "roomId", center.room().id(), "facilitators",
					List.of(center.facilitator().username(), second.username()), "sessionIds", sessionIds));
		assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
		assertThat(planned.json().path("facilitatorsNeeded").asInt()).isEqualTo(2);
		assertThat(planned.json().path("participantCount").asInt()).isEqualTo(3);
	}

	@Test
	void aParticipantOrFacilitatorChangeThatWouldBreakTheRatioIsRefusedAndChangesNothing() {
		GroupFixtures.Center center = groupFixtures.center(10);
		CurrentUser second = groupFixtures.facilitatorOf(center);
		GroupView group = groups.plan(center.administrator(), center.id(), GroupFixtures.plan(center,
				List.of(center.facilitator().username(), second.username()), sessions(center, 40, 40, 10),
				GroupFixtures.groupTime()));
		SojournHttp.Door admin = http().basic(center.administrator().username());

		Reply oneFacilitator = admin.put("/api/groups/%s/facilitators".formatted(group.id()),
				Map.of("facilitators", List.of(center.facilitator().username())));
		assertThat(oneFacilitator.status()).as(oneFacilitator.toString()).isEqualTo(422);
		assertThat(oneFacilitator.json().path("detail").asText())
			.isEqualTo("3 participants at up to 40 mg need 2 facilitators; 1 attends.");
		assertThat(groups.group(center.administrator(), group.id()).facilitators()).hasSize(2);

		UUID fourth = groupFixtures.preparedSession(center.facilitator(), center, 10);
		UUID fifth = groupFixtures.preparedSession(center.facilitator(), center, 10);
		Reply joined = admin.post("/api/groups/%s/participants".formatted(group.id()), Map.of("sessionId", fourth));
		assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
		Reply refused = admin.post("/api/groups/%s/participants".formatted(group.id()), Map.of("sessionId", fifth));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().path("rule").asText()).isEqualTo("group-ratio");
		assertThat(refused.json().path("detail").asText())
			.isEqualTo("5 participants at up to 40 mg need 3 facilitators; 2 attend.");
		assertThat(groups.group(center.administrator(), group.id()).participantCount()).isEqualTo(4);
		assertThat(groups.groupOfSession(center.administrator(), fifth)).isEmpty();
		assertThat(fixtures.openTask(center.administrator(), fifth, SessionStep.SCHEDULE_ADMINISTRATION)).isNotNull();
	}

	@Test
	void planningRefusesSessionsOfAnotherCenterNotCertifiedInAnotherGroupOrOutsideTheirWindow() {
		GroupFixtures.Center center = groupFixtures.center(10);
		GroupFixtures.Center other = groupFixtures.center(10);
		UUID elsewhere = groupFixtures.preparedSession(other.facilitator(), other, 10);
		UUID notCertified = fixtures.session(center.facilitator(), center.center());
		UUID inAnotherGroup = groupFixtures.preparedSession(center.facilitator(), center, 10);
		groupFixtures.plan(center, List.of(center.facilitator().username()), List.of(inAnotherGroup));
		UUID preparedAnHourAgo = groupFixtures.preparedSession(center.facilitator(), center, 10,
				Instant.now().minus(1, ChronoUnit.HOURS));
		UUID ready = groupFixtures.preparedSession(center.facilitator(), center, 10);

		Reply anotherCenters = planWith(center, ready, elsewhere);
		assertThat(anotherCenters.status()).as(anotherCenters.toString()).isEqualTo(404);

		Reply uncertified = planWith(center, ready, notCertified);
		assertThat(uncertified.status()).as(uncertified.toString()).isEqualTo(422);
		assertThat(uncertified.json().path("rule").asText()).isEqualTo("group-eligibility");

		Reply twice = planWith(center, ready, inAnotherGroup);
		assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
		assertThat(twice.json().path("rule").asText()).isEqualTo("group-membership");

		Reply tooSoon = planWith(center, ready, preparedAnHourAgo);
		assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(422);
		assertThat(tooSoon.json().path("rule").asText()).isEqualTo("preparation-window");
		assertThat(tooSoon.json().path("detail").asText()).contains("at least 24 hours after the preparation session");

		assertNothingPlanned(center, List.of(ready, notCertified, preparedAnHourAgo));
		assertThat(groups.groupsOfCenter(center.administrator(), center.id())).as("only the earlier group").hasSize(1);
		assertThat(fixtures.openTask(center.administrator(), ready, SessionStep.SCHEDULE_ADMINISTRATION)).isNotNull();
	}

	@Test
	void outsidersFindNoGroupAndAFacilitatorSeesItWithOnlyTheirOwnClients() {
		GroupFixtures.Center center = groupFixtures.center(10);
		CurrentUser otherFacilitator = groupFixtures.facilitatorOf(center);
		UUID mine = groupFixtures.preparedSession(center.facilitator(), center, 10);
		UUID theirs = groupFixtures.preparedSession(otherFacilitator, center, 10);
		GroupView group = groupFixtures.plan(center, List.of(otherFacilitator.username()), List.of(mine, theirs));
		String theirClient = records.record(otherFacilitator, theirs).session().client().legalName();
		String myClient = records.record(center.facilitator(), mine).session().client().legalName();

		GroupFixtures.Center elsewhere = groupFixtures.center(10);
		CurrentUser unrelated = fixtures.facilitator();
		for (String outsider : List.of(elsewhere.administrator().username(), unrelated.username())) {
			Reply reply = http().basic(outsider).get("/api/groups/" + group.id());
			assertThat(reply.status()).as(outsider + ": " + reply).isEqualTo(404);
			assertThat(reply.body()).doesNotContain(theirClient).doesNotContain(myClient);
			assertThat(http().basic(outsider).post("/api/groups/%s/check-in".formatted(group.id()), Map.of()).status())
				.isEqualTo(404);
		}
		assertThat(http().basic(elsewhere.administrator().username())
			.get("/api/centers/%s/groups".formatted(center.id()))
			.status()).isEqualTo(404);
		assertThat(http().basic(center.facilitator().username())
			.post("/api/groups/%s/cancel".formatted(group.id()), Map.of("reason", "mine"))
			.status()).as("a facilitator does not run the group").isEqualTo(404);

		Reply seen = http().basic(center.facilitator().username()).get("/api/groups/" + group.id());
		assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
		JsonNode view = seen.json();
		assertThat(view.path("scheduledAt").asText()).isNotBlank();
		assertThat(view.path("room").path("name").asText()).isEqualTo(center.room().name());
		assertThat(view.path("participantCount").asInt()).isEqualTo(2);
		assertThat(view.path("facilitators").findValuesAsText("username")).containsExactly(otherFacilitator.username());
		assertThat(view.path("participants").findValuesAsText("sessionId")).containsExactly(mine.toString());
		assertThat(seen.body()).contains(myClient).doesNotContain(theirClient).doesNotContain(theirs.toString());

		Reply whole = http().basic(center.administrator().username()).get("/api/groups/" + group.id());
		assertThat(whole.json().path("participants").findValuesAsText("sessionId"))
			.containsExactlyInAnyOrder(mine.toString(), theirs.toString());
	}

	@Test
	void ofTwoChangesOfOneGroupAtOnceTheSecondToCommitFailsAsAConflictAndWritesNothing() {
		// Two administrators act on one group at the same moment: the inner transaction commits first, while the
		// outer one, which read the group before that commit, is still open; the outer then fails at its commit.
		GroupFixtures.Center center = groupFixtures.center(10);
		GroupView group = plan(center, 10);
		UUID first = groupFixtures.preparedSession(center.facilitator(), center, 10);
		UUID second = groupFixtures.preparedSession(center.facilitator(), center, 10);
		TransactionTemplate apart = new TransactionTemplate(transactions);
		apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatThrownBy(() -> apart.executeWithoutResult(outer -> {
			groups.addParticipant(center.administrator(), group.id(), first);
			apart.executeWithoutResult(inner -> groups.addParticipant(center.administrator(), group.id(), second));
		})).isInstanceOf(OptimisticLockingFailureException.class);

		GroupView after = groups.group(center.administrator(), group.id());
		assertThat(after.participants()).extracting(ParticipantView::sessionId).doesNotContain(first).contains(second);
		assertThat(groups.groupOfSession(center.administrator(), first)).isEmpty();
		assertThat(records.record(center.administrator(), first).session().administrationScheduledAt()).isNull();
		assertThat(fixtures.openTask(center.administrator(), first, SessionStep.SCHEDULE_ADMINISTRATION)).isNotNull();
	}

	@Test
	void aParticipantsSessionPageSaysItWaitsForTheGroupUntilTheGroupIsCheckedIn() {
		GroupFixtures.Center center = groupFixtures.center(10);
		UUID sessionId = groupFixtures.preparedSession(center.facilitator(), center, 10);
		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()), List.of(sessionId));

		Reply waiting = http().signedIn(center.facilitator().username()).get("/sessions/" + sessionId);
		assertThat(waiting.status()).isEqualTo(200);
		assertThat(waiting.body()).contains("id=\"waitingForGroup\"", center.room().name())
			.doesNotContain("nothing waits on anyone");

		groups.checkIn(center.administrator(), group.id());
		Reply released = http().signedIn(center.administrator().username()).get("/sessions/" + sessionId);
		assertThat(released.body()).doesNotContain("id=\"waitingForGroup\"").contains("Check in and begin administration");
	}

	// ---- helpers ----

	private List<UUID> sessions(GroupFixtures.Center center, double... estimates) {
		return Arrays.stream(estimates)
			.mapToObj(estimate -> groupFixtures.preparedSession(center.facilitator(), center, estimate))
			.toList();
	}

	@Test
	void aGroupsProcessInstanceIsSeenThroughTheEngineApiByOperatorsOnly() {
		GroupFixtures.Center center = groupFixtures.center(10);
		GroupView group = plan(center, 20, 20);
		String query = "/engine-rest/process-instance?processDefinitionKey=groupAdministration&businessKey="
				+ group.id();

		for (String outsider : List.of(center.administrator().username(), center.facilitator().username())) {
			Reply reply = http().basic(outsider).get(query);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			assertThat(reply.json()).as("%s finds no group instance", outsider).isEmpty();
		}
		Reply operator = http().basic(fixtures.operator().username()).get(query);
		assertThat(operator.status()).as(operator.toString()).isEqualTo(200);
		assertThat(operator.json().findValuesAsText("businessKey")).containsExactly(group.id().toString());
	}

	private GroupView plan(GroupFixtures.Center center, double... estimates) {
		return groupFixtures.plan(center, List.of(center.facilitator().username()), sessions(center, estimates));
	}

	private Reply planWith(GroupFixtures.Center center, UUID... sessionIds) {
		return http().basic(center.administrator().username())
			.post("/api/centers/%s/groups".formatted(center.id()), planBody(center, List.of(sessionIds)));
	}

	private static Map<String, Object> planBody(GroupFixtures.Center center, List<UUID> sessionIds) {
		return Map.of("scheduledAt", GroupFixtures.groupTime().toString(), "roomId", center.room().id(), "facilitators",
				List.of(center.facilitator().username()), "sessionIds", sessionIds);
	}

	/** None of the sessions is in a group, each still waits to be scheduled, and no group of theirs exists. */
	private void assertNothingPlanned(GroupFixtures.Center center, List<UUID> sessionIds) {
		for (UUID sessionId : sessionIds) {
			assertThat(groups.groupOfSession(center.administrator(), sessionId)).as("group of %s", sessionId).isEmpty();
		}
		assertThat(groups.groupsOfCenter(center.administrator(), center.id()))
			.allSatisfy(group -> assertThat(group.participants()).extracting(ParticipantView::sessionId)
				.doesNotContainAnyElementsOf(sessionIds));
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
