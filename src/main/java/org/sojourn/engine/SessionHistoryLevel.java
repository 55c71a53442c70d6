package org.sojourn.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Full history without values: who did what and when stays in the engine's history, but variable values, submitted
 * form fields and decision inputs do not. Form values pass through process variables while a task completes; the
 * session record in Sojourn's tables is their only lasting home. Every node of a cluster must use this level.
 */
class SessionHistoryLevel extends HistoryLevelFull {

	static final String NAME = "sojourn-full-without-values";

	private static final Set<HistoryEventType> WITHOUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
			HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
			HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
			HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.DMN_DECISION_EVALUATE);

	@Override
	public int getId() {
		return 37;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
		return !WITHOUT.contains(eventType);
	}

}
