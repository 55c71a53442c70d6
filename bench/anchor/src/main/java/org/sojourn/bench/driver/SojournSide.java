package org.sojourn.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Sojourn: each session is opened through its API (a client, then the session at the practice's center). Its tasks
 * are then found and completed either through the API ({@code GET /api/tasks}, {@code POST .../completion}) or
 * through the engine REST API of the Camunda webapps with a signed-in browser session, as Tasklist does.
 */
final class SojournSide extends Side {

	enum Door {
		API, ENGINE_REST
	}

	private static final String TASKS = "/camunda/api/engine/engine/default/task";

	private final Practice practice;

	private final Door door;

	SojournSide(App app, String database, Practice practice, Door door) {
		super(door == Door.API ? "Sojourn /api" : "Sojourn engine REST (browser session)", app, database);
		this.practice = practice;
		this.door = door;
	}

	boolean usesTokens() {
		return practice.usesTokens();
	}

	@Override
	void driveSession(int driver) {
		openAndComplete(driver, Steps.COMPLETED.size());
	}

	/** Opens a session and completes its first {@code steps} tasks; answers the session's id. */
	String openAndComplete(int driver, int steps) {
		String facilitator = practice.facilitator(driver);
		String administrator = practice.administrator(driver);
		Http opener = practice.api(facilitator);
		String client = opener
			.post("/api/clients", Map.of("legalName", "Client " + java.util.UUID.randomUUID(), "dateOfBirth", "1985-03-14"))
			.expect(201)
			.json()
			.path("id")
			.asText();
		String session = opener
			.post("/api/sessions", Map.of("clientId", client, "centerId", practice.center()))
			.expect(201)
			.json()
			.path("id")
			.asText();
		for (Steps.Step step : Steps.COMPLETED.subList(0, steps)) {
			String user = step.center() ? administrator : facilitator;
			if (door == Door.API) {
				completeThroughApi(user, session, step);
			}
			else {
				completeThroughEngineRest(user, step.center(), session, step);
			}
		}
		return session;
	}

	private void completeThroughApi(String user, String session, Steps.Step step) {
		Http http = practice.api(user);
		// The session's own tasks, as the anchor asks its engine by business key (the list itself is paged).
		Http.Reply tasks = http.get("/api/tasks?sessionId=" + session).expect(200);
		lookup.add(tasks.nanos());
		String taskId = null;
		for (JsonNode task : tasks.json()) {
			if (task.path("sessionId").asText().equals(session) && task.path("step").asText().equals(step.name())) {
				taskId = task.path("id").asText();
			}
		}
		if (taskId == null) {
			throw new IllegalStateException("Sojourn: no open task " + step.name() + " of " + session + " for " + user);
		}
		completed(http.post("/api/tasks/" + taskId + "/completion", Map.of("data", step.form().get())).expect(204));
	}

	private void completeThroughEngineRest(String user, boolean center, String session, Steps.Step step) {
		Http http = practice.tasklist(user);
		String who = center ? "candidateUser=" + user : "assignee=" + user;
		Http.Reply tasks = http.get(TASKS + "?processInstanceBusinessKey=" + session + "&" + who).expect(200);
		lookup.add(tasks.nanos());
		JsonNode task = tasks.json().path(0);
		if (task.isMissingNode()) {
			throw new IllegalStateException("Sojourn engine REST: no open task " + step.name() + " of " + session);
		}
		completed(http.post(TASKS + "/" + task.path("id").asText() + "/submit-form",
				Map.of("variables", Steps.typed(step.form().get())))
			.expect(204));
	}

}
