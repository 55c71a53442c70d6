package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupFixtures;
import org.sojourn.groups.GroupView;
import org.sojourn.groups.GroupWorkflow;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecords;
import org.sojourn.sessions.CancellationRequest;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path of a group administration, driven as people drive it: the group through Sojourn's group service,
 * each participant's tasks through Sojourn's task service. The group's own instance mirrors the group; each
 * participant's session instance waits for it, is released by it, and goes on with its own tasks.
 */
@SojournTest
class GroupAdministrationProcessTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	GroupAdministrations groups;

	@Autowired
	GroupWorkflow workflow;

	@Autowired
	SessionRecords records;

	@Autowired
	Sessions sessions;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	GroupFixtures groupFixtures;

	@BeforeEach
	void init() {
		AbstractAssertions.init(processEngine);
		groupFixtures = new GroupFixtures(fixtures, groups);
	}

	@AfterEach
	void resetAssertions() {
		AbstractAssertions.reset();
	}

	@Test
	void aGroupIsCheckedInAdministeredAndClosedAsItsParticipantsRecordsFill() {
		GroupFixtures.Center center = groupFixtures.center(10);
		UUID toSchedule = groupFixtures.preparedSession(center.facilitator(), center, 20);
		UUID alreadyScheduled = groupFixtures.preparedSession(center.facilitator(), center, 10);
		fixtures.complete(center.administrator(), alreadyScheduled, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(1, ChronoUnit.DAYS)));
		assertThat(session(alreadyScheduled)).isWaitingAt("userTask_checkIn");

		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()),
				List.of(toSchedule, alreadyScheduled));

		ProcessInstance groupInstance = groupInstance(group.id());
		assertThat(groupInstance).isWaitingAt(SessionProcess.GroupAdministration.PLANNED);
		for (UUID sessionId : List.of(toSchedule, alreadyScheduled)) {
			assertThat(session(sessionId)).isWaitingAt(SessionProcess.WAIT_FOR_GROUP);
			assertThat(workflow.waitsForGroup(sessionId)).isTrue();
			assertThat(records.record(center.administrator(), sessionId).session().administrationScheduledAt())
				.as("the session record holds the group's time").isEqualTo(group.scheduledAt());
		}
		assertThat(session(toSchedule)).hasPassed(SessionProcess.JOINED_GROUP_WHILE_SCHEDULING);
		assertThat(session(alreadyScheduled)).hasPassed(SessionProcess.JOINED_GROUP_BEFORE_CHECK_IN);

		assertThat(groups.checkIn(center.administrator(), group.id()).status()).isEqualTo("CHECKED_IN");
		assertThat(groupInstance).isWaitingAt(SessionProcess.GroupAdministration.ADMINISTERED);
		for (UUID sessionId : List.of(toSchedule, alreadyScheduled)) {
			assertThat(session(sessionId)).isWaitingAt("userTask_checkIn");
			assertThat(session(sessionId)).hasPassed(SessionProcess.GROUP_RELEASED_EVENT);
			fixtures.complete(center.administrator(), sessionId, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		}

		fixtures.complete(center.administrator(), toSchedule, SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 300));
		assertThat(groupInstance).as("one administration still to record")
			.isWaitingAt(SessionProcess.GroupAdministration.ADMINISTERED);
		fixtures.complete(center.administrator(), alreadyScheduled, SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(10, null, 240));
		assertThat(groupInstance).isWaitingAt(SessionProcess.GroupAdministration.CLOSED);
		assertThat(groups.group(center.administrator(), group.id()).status()).isEqualTo("ADMINISTERED");

		for (UUID sessionId : List.of(toSchedule, alreadyScheduled)) {
			fixtures.complete(center.administrator(), sessionId, SessionStep.PRODUCT_AND_WASTE,
					SessionFixtures.productAndWaste());
			assertThat(session(sessionId)).isWaitingAt("userTask_offerIntegration");
		}
		assertThat(groupInstance).hasPassedInOrder("startEvent_groupPlanned", SessionProcess.GroupAdministration.PLANNED,
				SessionProcess.GroupAdministration.CHECKED_IN, SessionProcess.GroupAdministration.ADMINISTERED,
				SessionProcess.GroupAdministration.CLOSED, SessionProcess.GroupAdministration.END_CLOSED);
		assertThat(groupInstance).isEnded();
		GroupView closed = groups.group(center.administrator(), group.id());
		assertThat(closed.status()).isEqualTo("CLOSED");
		assertThat(closed.participants()).allSatisfy(participant -> assertThat(participant.doseRecorded()).isTrue());
	}

	@Test
	void aParticipantLeavingBeforeTheGroupsCheckInGoesBackToIndividualSchedulingAndTheGroupGoesOn() {
		GroupFixtures.Center center = groupFixtures.center(10);
		UUID leaving = groupFixtures.preparedSession(center.facilitator(), center, 20);
		UUID staying = groupFixtures.preparedSession(center.facilitator(), center, 20);
		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()), List.of(leaving, staying));

		GroupView after = groups.removeParticipant(center.administrator(), group.id(), leaving);

		assertThat(after.participantCount()).isEqualTo(1);
		assertThat(session(leaving)).hasPassedInOrder(SessionProcess.WAIT_FOR_GROUP, SessionProcess.GROUP_LEFT_EVENT);
		assertThat(session(leaving)).isWaitingAt("userTask_scheduleAdministration");
		assertThat(records.record(center.administrator(), leaving).session().administrationScheduledAt()).isNull();
		assertThat(groups.groupOfSession(center.administrator(), leaving)).isEmpty();

		// Its session goes on as an individual administration, to its end.
		fixtures.administer(center.administrator(), leaving);
		assertThat(session(leaving)).isWaitingAt("userTask_offerIntegration");
		assertThat(session(leaving)).hasNotPassed(SessionProcess.GROUP_RELEASED_EVENT);

		groups.checkIn(center.administrator(), group.id());
		assertThat(session(staying)).isWaitingAt("userTask_checkIn");
	}

	@Test
	void aParticipantLeavingAfterTheGroupsCheckInButBeforeItsAdministrationGoesOnWithItsOwnTasks() {
		GroupFixtures.Center center = groupFixtures.center(10);
		UUID leaving = groupFixtures.preparedSession(center.facilitator(), center, 20);
		UUID staying = groupFixtures.preparedSession(center.facilitator(), center, 20);
		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()), List.of(leaving, staying));
		groups.checkIn(center.administrator(), group.id());
		fixtures.complete(center.administrator(), leaving, SessionStep.CHECK_IN, SessionFixtures.checkIn());

		groups.removeParticipant(center.administrator(), group.id(), leaving);

		assertThat(session(leaving)).isWaitingAt("userTask_recordAdministration");
		fixtures.complete(center.administrator(), staying, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		fixtures.complete(center.administrator(), staying, SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 300));
		assertThat(groupInstance(group.id())).as("the one remaining participant is administered")
			.isWaitingAt(SessionProcess.GroupAdministration.CLOSED);
		fixtures.complete(center.administrator(), leaving, SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 300));
		assertThat(session(leaving)).isWaitingAt("userTask_recordProductAndWaste");
	}

	@Test
	void aRecordedDoseThatWouldBreakTheRatioIsRefusedTheTaskStaysOpenAndNothingIsWritten() {
		GroupFixtures.Center center = groupFixtures.center(10);
		List<UUID> sessionIds = List.of(groupFixtures.preparedSession(center.facilitator(), center, 20),
				groupFixtures.preparedSession(center.facilitator(), center, 20),
				groupFixtures.preparedSession(center.facilitator(), center, 20));
		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()), sessionIds);
		groups.checkIn(center.administrator(), group.id());
		UUID participant = sessionIds.get(0);
		fixtures.complete(center.administrator(), participant, SessionStep.CHECK_IN, SessionFixtures.checkIn());

		assertThatThrownBy(() -> fixtures.complete(center.administrator(), participant,
				SessionStep.ADMINISTRATION_RECORD, SessionFixtures.administration(40, null, 360)))
			.isInstanceOfSatisfying(ComplianceViolation.class, violation -> {
				assertThat(violation.rule()).isEqualTo("group-ratio");
				assertThat(violation.getMessage()).isEqualTo("3 participants at up to 40 mg need 2 facilitators; 1 attends.");
			});

		assertThat(session(participant)).isWaitingAt("userTask_recordAdministration");
		RecordViews.Record record = records.record(center.administrator(), participant);
		assertThat(record.administration()).isNull();
		assertThat(record.forms()).extracting(RecordViews.Form::step).doesNotContain(SessionStep.ADMINISTRATION_RECORD);
		assertThat(groups.group(center.administrator(), group.id()).participants())
			.filteredOn(view -> view.sessionId().equals(participant))
			.singleElement()
			.satisfies(view -> assertThat(view.doseRecorded()).isFalse());

		// Within the ratio, the same participant's administration is recorded.
		fixtures.complete(center.administrator(), participant, SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(30, null, 300));
		assertThat(session(participant)).isWaitingAt("userTask_recordProductAndWaste");
	}

	@Test
	void aGroupCancelledBeforeCheckInReleasesEveryParticipantToIndividualScheduling() {
		GroupFixtures.Center center = groupFixtures.center(10);
		List<UUID> sessionIds = List.of(groupFixtures.preparedSession(center.facilitator(), center, 20),
				groupFixtures.preparedSession(center.facilitator(), center, 20));
		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()), sessionIds);
		ProcessInstance groupInstance = groupInstance(group.id());

		assertThat(groups.cancel(center.administrator(), group.id(), "The room flooded").status()).isEqualTo("CANCELLED");

		assertThat(groupInstance).hasPassedInOrder(SessionProcess.GroupAdministration.PLANNED,
				SessionProcess.GroupAdministration.CANCELLED, SessionProcess.GroupAdministration.END_CANCELLED);
		assertThat(groupInstance).hasNotPassed(SessionProcess.GroupAdministration.CHECKED_IN);
		assertThat(groupInstance).isEnded();
		for (UUID sessionId : sessionIds) {
			assertThat(session(sessionId)).isWaitingAt("userTask_scheduleAdministration");
			assertThat(session(sessionId)).hasPassed(SessionProcess.GROUP_LEFT_EVENT);
			assertThat(groups.groupOfSession(center.administrator(), sessionId)).isEmpty();
		}
		// Released, they may join another group.
		GroupView next = groupFixtures.plan(center, List.of(center.facilitator().username()), sessionIds);
		assertThat(next.participantCount()).isEqualTo(2);
	}

	@Test
	void aParticipantsSessionCancelledWhileWaitingLeavesTheGroup() {
		GroupFixtures.Center center = groupFixtures.center(10);
		UUID cancelled = groupFixtures.preparedSession(center.facilitator(), center, 20);
		UUID staying = groupFixtures.preparedSession(center.facilitator(), center, 20);
		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()), List.of(cancelled, staying));
		ProcessInstance cancelledInstance = session(cancelled);

		sessions.cancel(center.facilitator(), cancelled,
				new CancellationRequest(CancellationRequest.Kind.CANCELLED, "The client is unwell"));

		assertThat(cancelledInstance).isEnded();
		GroupView after = groups.group(center.administrator(), group.id());
		assertThat(after.participantCount()).isEqualTo(1);
		assertThat(after.participants()).filteredOn(view -> view.sessionId().equals(cancelled))
			.singleElement()
			.satisfies(view -> assertThat(view.left()).isTrue());
	}

	private ProcessInstance groupInstance(UUID groupId) {
		return instance(SessionProcess.GroupAdministration.PROCESS_KEY, groupId);
	}

	private ProcessInstance session(UUID sessionId) {
		return instance(SessionProcess.PROCESS_KEY, sessionId);
	}

	/** The running instance; tests that see it end take it before. */
	private ProcessInstance instance(String processKey, UUID businessKey) {
		ProcessInstance running = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey.toString())
			.singleResult();
		if (running != null) {
			return running;
		}
		throw new AssertionError("No running " + processKey + " instance for " + businessKey);
	}

}
