package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.sojourn.forms.FormFields;
import org.sojourn.sessions.SessionPhase;

/**
 * Checks the files in {@code bpmn/} and {@code forms/} without an engine: naming, history time to live, form
 * references, and agreement with the Java that names their ids, steps and fields.
 */
class ProcessModelTests {

	private static final Pattern ID = Pattern.compile(
			"^(startEvent|endEvent|userTask|serviceTask|gateway|subProcess|boundaryEvent|intermediateCatchEvent|flow"
					+ "|message|error|errorEventDefinition|messageEventDefinition|timerEventDefinition|conditionalEventDefinition"
					+ "|definitions)"
					+ "_[a-z][A-Za-z0-9]*$");

	/** The highest form-js schema version that Tasklist 7.24 renders. */
	private static final int TASKLIST_SCHEMA_VERSION = 16;

	private static final Path BPMN = Path.of("bpmn");

	private static final Path FORMS = Path.of("forms");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyModelElementIdFollowsTheNamingConvention() {
		List<String> offenders = new ArrayList<>();
		for (Path file : files(BPMN, ".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			List<String> ids = new ArrayList<>();
			ids.add(model.getDefinitions().getId());
			for (Class<? extends BaseElement> type : List.of(FlowNode.class, SequenceFlow.class,
					EventDefinition.class, Message.class, Error.class)) {
				model.getModelElementsByType(type).forEach(element -> ids.add(element.getId()));
			}
			ids.stream()
				.filter(id -> id == null || !ID.matcher(id).matches())
				.forEach(id -> offenders.add(file.getFileName() + ": " + id));
		}
		assertThat(offenders).as("ids not matching %s", ID.pattern()).isEmpty();
	}

	@Test
	void everyProcessHasAHistoryTimeToLive() {
		for (Path file : files(BPMN, ".bpmn")) {
			Collection<Process> processes = Bpmn.readModelFromFile(file.toFile())
				.getModelElementsByType(Process.class);
			assertThat(processes).as("processes in %s", file).isNotEmpty();
			assertThat(processes).allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString())
				.as("historyTimeToLive of %s in %s", process.getId(), file)
				.isNotBlank());
		}
	}

	@Test
	void everyDecisionHasAHistoryTimeToLiveAndANamedId() {
		Set<String> decisionIds = new TreeSet<>();
		for (Path file : files(BPMN, ".dmn")) {
			DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
			Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
			assertThat(decisions).as("decisions in %s", file).isNotEmpty();
			for (Decision decision : decisions) {
				decisionIds.add(decision.getId());
				assertThat(decision.getId()).as("decision id in %s", file).startsWith("decision_");
				assertThat(decision.getCamundaHistoryTimeToLiveString())
					.as("historyTimeToLive of %s in %s", decision.getId(), file)
					.isNotBlank();
			}
		}
		assertThat(decisionIds).contains(SessionProcess.DECISION_SCREENING, SessionProcess.DECISION_MINIMUM_DURATION,
				SessionProcess.DECISION_GROUP_RATIO);
	}

	@Test
	void everyUserTaskReferencesExactlyOneFormDeployedWithIt() {
		Map<String, List<String>> filesByFormId = forms().entrySet()
			.stream()
			.collect(Collectors.groupingBy(entry -> entry.getValue().path("id").asText(),
					Collectors.mapping(entry -> entry.getKey().getFileName().toString(), Collectors.toList())));
		List<String> problems = new ArrayList<>();
		for (UserTask task : sessionModel().getModelElementsByType(UserTask.class)) {
			String formRef = task.getCamundaFormRef();
			if (!"deployment".equals(task.getCamundaFormRefBinding())) {
				problems.add(task.getId() + " has formRefBinding " + task.getCamundaFormRefBinding());
			}
			List<String> files = filesByFormId.getOrDefault(formRef, List.of());
			if (files.size() != 1) {
				problems.add(task.getId() + " references form " + formRef + ", found in " + files);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theProcessClassNamesExactlyTheUserTasksAndExistingElementsOfTheModel() {
		BpmnModelInstance model = sessionModel();
		Set<String> userTasks = ids(model.getModelElementsByType(UserTask.class));
		assertThat(SessionProcess.STEP_BY_TASK.keySet()).containsExactlyInAnyOrderElementsOf(userTasks);
		assertThat(Set.copyOf(SessionProcess.STEP_BY_TASK.values())).as("every step has exactly one task")
			.hasSize(SessionProcess.STEP_BY_TASK.size());

		Set<String> subProcesses = ids(model.getModelElementsByType(SubProcess.class));
		assertThat(subProcesses).containsAll(SessionProcess.PHASE_BY_SUBPROCESS.keySet());

		ModelElementInstance waitForCenter = model.getModelElementById(SessionProcess.WAIT_FOR_CENTER);
		assertThat(waitForCenter).isInstanceOf(IntermediateCatchEvent.class);

		assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
			.contains(SessionProcess.MESSAGE_CENTER_ASSOCIATED, SessionProcess.MESSAGE_SESSION_CANCELLED);
		assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
			.contains(SessionProcess.PROCESS_KEY);
	}

	@Test
	void theIntegrationReminderIsANonInterruptingTimerOnIntegrationThatEndsAfterOneServiceTask() {
		BpmnModelInstance model = sessionModel();
		BoundaryEvent timer = model.getModelElementById(SessionProcess.INTEGRATION_OVERDUE);

		assertThat(timer.getAttachedTo().getId()).isEqualTo(SessionProcess.INTEGRATION_SUBPROCESS);
		assertThat(SessionProcess.PHASE_BY_SUBPROCESS.get(SessionProcess.INTEGRATION_SUBPROCESS))
			.isEqualTo(SessionPhase.INTEGRATION);
		assertThat(timer.cancelActivity()).as("the open integration task stays open").isFalse();
		assertThat(timer.getEventDefinitions()).singleElement()
			.isInstanceOfSatisfying(TimerEventDefinition.class, definition -> {
				assertThat(definition.getTimeCycle()).as("a single reminder").isNull();
				assertThat(definition.getTimeDuration().getTextContent())
					.isEqualTo("${" + SessionProcess.INTEGRATION_REMINDER_BEAN + ".after}");
			});

		List<FlowNode> next = timer.getSucceedingNodes().list();
		assertThat(next).extracting(FlowNode::getId).containsExactly(SessionProcess.REMIND_OF_OPEN_INTEGRATION);
		assertThat(next.get(0)).isInstanceOf(ServiceTask.class);
		assertThat(next.get(0).getSucceedingNodes().list()).singleElement().isInstanceOf(EndEvent.class);
	}

	@Test
	void everyServiceTaskCallsABeanByDelegateExpression() {
		Collection<ServiceTask> serviceTasks = sessionModel().getModelElementsByType(ServiceTask.class);
		assertThat(serviceTasks).isNotEmpty().allSatisfy(task -> {
			assertThat(task.getCamundaDelegateExpression()).as("delegateExpression of %s", task.getId())
				.matches("\\$\\{[a-z][A-Za-z0-9]*}");
			assertThat(task.getCamundaClass()).as("class of %s", task.getId()).isNull();
			assertThat(task.getCamundaExpression()).as("expression of %s", task.getId()).isNull();
			assertThat(task.getCamundaType()).as("type of %s", task.getId()).isNull();
		});
	}

	/** Cockpit draws an instance from the diagram: an element without a shape or edge is invisible there. */
	@Test
	void everyFlowNodeAndSequenceFlowIsDrawnAndEveryBoundaryEventSitsOnItsActivitysBorder() {
		BpmnModelInstance model = sessionModel();
		Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), BpmnShape::getBounds));
		Set<String> edges = model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.map(edge -> edge.getBpmnElement().getId())
			.collect(Collectors.toSet());

		assertThat(shapes.keySet()).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
		assertThat(edges).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
		for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
			assertThat(onBorder(shapes.get(event.getId()), shapes.get(event.getAttachedTo().getId())))
				.as("%s drawn on the border of %s", event.getId(), event.getAttachedTo().getId())
				.isTrue();
		}
	}

	/** Whether the small shape's center lies on an edge of the large one. */
	private static boolean onBorder(Bounds small, Bounds large) {
		double x = small.getX() + small.getWidth() / 2;
		double y = small.getY() + small.getHeight() / 2;
		double left = large.getX();
		double right = left + large.getWidth();
		double top = large.getY();
		double bottom = top + large.getHeight();
		boolean horizontal = (y == top || y == bottom) && x >= left && x <= right;
		boolean vertical = (x == left || x == right) && y >= top && y <= bottom;
		return horizontal || vertical;
	}

	@Test
	void everyFormUsesASchemaVersionTasklistRenders() {
		forms().forEach((file, form) -> assertThat(form.path("schemaVersion").asInt(Integer.MAX_VALUE))
			.as("schemaVersion of %s", file)
			.isLessThanOrEqualTo(TASKLIST_SCHEMA_VERSION));
	}

	@Test
	void everyFormFieldIsAKnownFieldAndNoneShadowsARoutingVariable() {
		Map<Path, JsonNode> forms = forms();
		Set<String> routing = routingVariables();
		assertThat(routing).contains(SessionProcess.Variables.SCREENING_OUTCOME, SessionProcess.Variables.FACILITATOR);
		Set<String> formIds = new TreeSet<>();
		for (Map.Entry<Path, JsonNode> entry : forms.entrySet()) {
			String formId = entry.getValue().path("id").asText();
			formIds.add(formId);
			List<String> keys = new ArrayList<>();
			collectKeys(entry.getValue().path("components"), keys);

			assertThat(keys).as("field keys of %s", entry.getKey()).doesNotHaveDuplicates();
			assertThat(FormFields.BY_FORM_ID).as("FormFields entry for %s", formId).containsKey(formId);
			assertThat(keys).as("field keys of %s against FormFields", entry.getKey())
				.containsExactlyInAnyOrderElementsOf(FormFields.BY_FORM_ID.get(formId));
			assertThat(keys).as("field keys of %s that are routing variables", entry.getKey())
				.doesNotContainAnyElementsOf(routing);
		}
		assertThat(FormFields.BY_FORM_ID.keySet()).as("forms named in FormFields").isEqualTo(formIds);
	}

	private static void collectKeys(JsonNode components, List<String> keys) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			collectKeys(component.path("components"), keys);
		}
	}

	private static Set<String> routingVariables() {
		Set<String> names = new TreeSet<>();
		for (Field field : SessionProcess.Variables.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
				try {
					names.add((String) field.get(null));
				}
				catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return names;
	}

	private static BpmnModelInstance sessionModel() {
		return Bpmn.readModelFromFile(BPMN.resolve("session.bpmn").toFile());
	}

	private static Set<String> ids(Collection<? extends BaseElement> elements) {
		return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
	}

	private static Map<Path, JsonNode> forms() {
		Map<Path, JsonNode> forms = new LinkedHashMap<>();
		for (Path file : files(FORMS, ".form")) {
			try {
				forms.put(file, JSON.readTree(file.toFile()));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file, e);
			}
		}
		assertThat(forms).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
		return forms;
	}

	private static List<Path> files(Path directory, String suffix) {
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> found = files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
			assertThat(found).as("%s files in %s", suffix, directory.toAbsolutePath()).isNotEmpty();
			return found;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + directory, e);
		}
	}

}
