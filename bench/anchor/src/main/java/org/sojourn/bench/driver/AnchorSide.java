package org.sojourn.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The bare engine through its REST API: a session is a process instance started with the variables Sojourn gives
 * it; each task is found in its user's list (assignee, or the center's candidate group) and submitted with the
 * form's values, as Tasklist does, plus the routing variables Sojourn's listener would derive.
 */
final class AnchorSide extends Side {

	static final String CENTER_GROUP = "center-bench";

	private final Http http;

	AnchorSide(App app, String database) {
		super("Bare engine (engine REST)", app, database);
		this.http = new Http(app.base());
	}

	@Override
	void driveSession(int driver) {
		String facilitator = "facilitator-" + driver;
		String key = UUID.randomUUID().toString();
		http.post("/engine-rest/process-definition/key/session/start", Map.of("businessKey", key, "variables",
				Steps.typed(Map.of("facilitator", facilitator, "centerGroup", CENTER_GROUP, "centerAssociated", true))))
			.expect(200);
		for (Steps.Step step : Steps.COMPLETED) {
			String who = step.center() ? "candidateGroup=" + CENTER_GROUP : "assignee=" + facilitator;
			Http.Reply tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + key + "&" + who).expect(200);
			lookup.add(tasks.nanos());
			JsonNode task = tasks.json().path(0);
			if (task.isMissingNode()) {
				throw new IllegalStateException("anchor: no open task " + step.name() + " for " + key);
			}
			Map<String, Object> values = new HashMap<>(step.form().get());
			values.putAll(step.routing());
			completed(http.post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
					Map.of("variables", Steps.typed(values)))
				.expect(204));
		}
	}

}
