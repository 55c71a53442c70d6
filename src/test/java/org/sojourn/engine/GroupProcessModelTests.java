package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.sojourn.engine.SessionProcess.GroupAdministration;
import org.sojourn.sessions.SessionStep;

/**
 * The group administration's model and the session model's part of it, read without an engine: the ids and messages
 * SessionProcess names exist where it says, a joining session waits at one gateway for release or leaving, and
 * Cockpit can draw the group's instance.
 */
class GroupProcessModelTests {

	private static final Path BPMN = Path.of("bpmn");

	@Test
	void theGroupProcessWaitsPlannedForCheckInOrCancellationThenForItsParticipantsRecords() {
		BpmnModelInstance model = Bpmn.readModelFromFile(BPMN.resolve("group-administration.bpmn").toFile());

		assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
			.containsExactly(GroupAdministration.PROCESS_KEY);
		EventBasedGateway planned = model.getModelElementById(GroupAdministration.PLANNED);
		assertThat(planned.getSucceedingNodes().list()).extracting(FlowNode::getId)
			.containsExactlyInAnyOrder(GroupAdministration.CHECKED_IN, GroupAdministration.CANCELLED);
		assertThat(messageOf(model, GroupAdministration.CHECKED_IN)).isEqualTo(GroupAdministration.MESSAGE_CHECKED_IN);
		assertThat(messageOf(model, GroupAdministration.CANCELLED)).isEqualTo(GroupAdministration.MESSAGE_CANCELLED);
		assertThat(messageOf(model, GroupAdministration.ADMINISTERED))
			.isEqualTo(GroupAdministration.MESSAGE_ADMINISTERED);
		assertThat(messageOf(model, GroupAdministration.CLOSED)).isEqualTo(GroupAdministration.MESSAGE_CLOSED);
		assertThat(next(model, GroupAdministration.CHECKED_IN)).containsExactly(GroupAdministration.ADMINISTERED);
		assertThat(next(model, GroupAdministration.ADMINISTERED)).containsExactly(GroupAdministration.CLOSED);
		assertThat(next(model, GroupAdministration.CLOSED)).containsExactly(GroupAdministration.END_CLOSED);
		assertThat(next(model, GroupAdministration.CANCELLED)).containsExactly(GroupAdministration.END_CANCELLED);

		List<String> drawn = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.map(shape -> shape.getBpmnElement().getId())
			.toList();
		assertThat(drawn).containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
		assertThat(model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId()))
			.containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
	}

	@Test
	void aSessionJoinsAGroupWhileSchedulingOrBeforeCheckInAndWaitsForReleaseOrLeaving() {
		BpmnModelInstance model = Bpmn.readModelFromFile(BPMN.resolve("session.bpmn").toFile());

		for (String joined : List.of(SessionProcess.JOINED_GROUP_WHILE_SCHEDULING,
				SessionProcess.JOINED_GROUP_BEFORE_CHECK_IN)) {
			BoundaryEvent boundary = model.getModelElementById(joined);
			assertThat(boundary.cancelActivity()).as("%s leaves the individual task", joined).isTrue();
			assertThat(messageOf(model, joined)).isEqualTo(SessionProcess.MESSAGE_GROUP_JOINED);
			assertThat(next(model, joined)).containsExactly(SessionProcess.WAIT_FOR_GROUP);
		}
		assertThat(((BoundaryEvent) model.getModelElementById(SessionProcess.JOINED_GROUP_WHILE_SCHEDULING))
			.getAttachedTo()
			.getId()).isEqualTo(SessionProcess.taskOf(SessionStep.SCHEDULE_ADMINISTRATION));
		assertThat(((BoundaryEvent) model.getModelElementById(SessionProcess.JOINED_GROUP_BEFORE_CHECK_IN))
			.getAttachedTo()
			.getId()).isEqualTo(SessionProcess.taskOf(SessionStep.CHECK_IN));

		assertThat((FlowNode) model.getModelElementById(SessionProcess.WAIT_FOR_GROUP)).isInstanceOf(EventBasedGateway.class);
		assertThat(next(model, SessionProcess.WAIT_FOR_GROUP))
			.containsExactlyInAnyOrder(SessionProcess.GROUP_RELEASED_EVENT, SessionProcess.GROUP_LEFT_EVENT);
		assertThat(messageOf(model, SessionProcess.GROUP_RELEASED_EVENT)).isEqualTo(SessionProcess.MESSAGE_GROUP_RELEASED);
		assertThat(messageOf(model, SessionProcess.GROUP_LEFT_EVENT)).isEqualTo(SessionProcess.MESSAGE_GROUP_LEFT);
		assertThat(next(model, SessionProcess.GROUP_RELEASED_EVENT))
			.containsExactly(SessionProcess.taskOf(SessionStep.CHECK_IN));
		assertThat(next(model, SessionProcess.GROUP_LEFT_EVENT))
			.containsExactly(SessionProcess.taskOf(SessionStep.SCHEDULE_ADMINISTRATION));
		assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
			.contains(SessionProcess.MESSAGE_GROUP_JOINED, SessionProcess.MESSAGE_GROUP_RELEASED,
					SessionProcess.MESSAGE_GROUP_LEFT);
	}

	private static List<String> next(BpmnModelInstance model, String id) {
		return ((FlowNode) model.getModelElementById(id)).getSucceedingNodes()
			.list()
			.stream()
			.map(FlowNode::getId)
			.collect(Collectors.toList());
	}

	private static String messageOf(BpmnModelInstance model, String eventId) {
		var event = model.getModelElementById(eventId);
		var definitions = event instanceof BoundaryEvent boundary ? boundary.getEventDefinitions()
				: ((IntermediateCatchEvent) event).getEventDefinitions();
		return definitions.stream()
			.filter(MessageEventDefinition.class::isInstance)
			.map(definition -> ((MessageEventDefinition) definition).getMessage().getName())
			.findFirst()
			.orElseThrow();
	}

}
