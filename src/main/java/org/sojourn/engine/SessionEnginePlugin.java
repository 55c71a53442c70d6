package org.sojourn.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Wires Sojourn into the engine: every user task of a session gets the completion listener (so no door can skip
 * it, and no model can forget it), its refusals reach callers as form validation errors, a completion or claim that
 * lost to a concurrent change runs again, and the history level without values is registered.
 */
@Component
class SessionEnginePlugin extends AbstractProcessEnginePlugin {

	private final TaskListener completionListener;

	private final TaskListener openedListener;

	// Lazy: the listener's dependencies need the engine's beans, which need this plugin first.
	SessionEnginePlugin(@Lazy TaskCompletionListener completionListener, @Lazy TaskOpenedListener openedListener) {
		this.completionListener = completionListener;
		this.openedListener = openedListener;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryLevels());
		levels.add(new SessionHistoryLevel());
		configuration.setCustomHistoryLevels(levels);

		List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (isSessionProcess(scope)) {
					TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
						.getTaskDefinition();
					definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, completionListener);
					definition.addTaskListener(TaskListener.EVENTNAME_CREATE, openedListener);
				}
			}
		});
		configuration.setCustomPreBPMNParseListeners(listeners);

		List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
		interceptors.add(new RefusalUnwrappingInterceptor());
		interceptors.add(new ConflictRetryInterceptor());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	private static boolean isSessionProcess(ScopeImpl scope) {
		return scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
				&& SessionProcess.PROCESS_KEY.equals(definition.getKey());
	}

}
