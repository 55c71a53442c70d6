package org.sojourn.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether Sojourn's session records (schema app) and the engine's process instances (ACT_RU_*, ACT_HI_*) tell the
 * same story, read from the database as an operator would: one process instance per session, a running instance for
 * each open session and none for a closed one, the session's phase where the instance is, its end where its status
 * says, and each completed task's form in the record exactly once. The ids are the model's (bpmn/session.bpmn).
 */
final class SessionConsistency {

	/** Each user task and the session step it records. */
	private static final Map<String, String> STEP_BY_TASK = Map.ofEntries(
			Map.entry("userTask_recordClientInformation", "CLIENT_INFORMATION"),
			Map.entry("userTask_reviewScreening", "SCREENING_REVIEW"),
			Map.entry("userTask_signConsents", "CONSENTS_AND_PLANS"),
			Map.entry("userTask_agreeDoseEstimate", "DOSE_ESTIMATE"),
			Map.entry("userTask_certifyPreparation", "PREPARATION_CERTIFICATION"),
			Map.entry("userTask_scheduleAdministration", "SCHEDULE_ADMINISTRATION"),
			Map.entry("userTask_checkIn", "CHECK_IN"), Map.entry("userTask_recordAdministration", "ADMINISTRATION_RECORD"),
			Map.entry("userTask_recordProductAndWaste", "PRODUCT_AND_WASTE"),
			Map.entry("userTask_offerIntegration", "INTEGRATION_OFFER"),
			Map.entry("userTask_recordIntegrationSession", "INTEGRATION_SESSION"),
			Map.entry("userTask_certifyCompletion", "COMPLETION_CERTIFICATION"));

	/** Where an open session's instance can be, and the phase the session must show then. */
	private static final String PREPARATION_WINDOW_WATCH = "subProcess_preparationWindow";

	private static final Map<String, String> PHASE_BY_SCOPE = Map.of("subProcess_preparation", "PREPARATION",
			"intermediateCatchEvent_centerAssociated", "PREPARATION", "subProcess_administration", "ADMINISTRATION",
			"subProcess_integration", "INTEGRATION");

	/**
	 * Where a closed session's instance may have ended, by the session's status. A cancellation ends in the event
	 * subprocess, which the engine's history names as the instance's end; a facilitator's denial stops the instance
	 * the same way, screening and review end it at the denial.
	 */
	private static final Map<String, Set<String>> ENDS_BY_STATUS = Map.of("COMPLETED",
			Set.of("endEvent_sessionCompleted"), "CANCELLED", Set.of("subProcess_cancellation"), "WITHDRAWN",
			Set.of("subProcess_cancellation"), "DENIED", Set.of("endEvent_sessionDenied", "subProcess_cancellation"));

	private SessionConsistency() {
	}

	/** Every disagreement found, one line each; none when the two agree. */
	static List<String> problems(ClusterDatabase database) {
		List<String> problems = new ArrayList<>();
		Map<String, List<Map<String, Object>>> instances = groupBy(database.rows(
				"select business_key_ as session, id_ as instance, end_act_id_ as end_activity, end_time_ as ended "
						+ "from act_hi_procinst where proc_def_key_ = 'session'"),
				"session");
		Set<String> running = new HashSet<>(column(database.rows(
				"select proc_inst_id_ as instance from act_ru_execution where id_ = proc_inst_id_"), "instance"));
		Map<String, List<Map<String, Object>>> tasks = groupBy(
				database.rows("select proc_inst_id_ as instance, task_def_key_ as task from act_ru_task"), "instance");
		Map<String, List<Map<String, Object>>> scopes = groupBy(database.rows(
				"select proc_inst_id_ as instance, act_id_ as scope from act_hi_actinst where end_time_ is null "
						+ "and act_type_ in ('subProcess', 'intermediateMessageCatch')"),
				"instance");
		Map<String, List<Map<String, Object>>> jobs = groupBy(database.rows(
				"select process_instance_id_ as instance, id_ as job from act_ru_job where process_instance_id_ is not null"),
				"instance");
		// A participant of a planned group waits for the group's check-in with no open task (bpmn/session.bpmn).
		Set<String> waitingForGroup = new HashSet<>(column(database.rows(
				"select proc_inst_id_ as instance from act_ru_event_subscr where event_name_ = 'GroupReleased'"),
				"instance"));
		Map<String, Long> completedTasks = counts(database.rows(
				"select proc_inst_id_ || '/' || task_def_key_ as task, count(*) as n from act_hi_taskinst "
						+ "where end_time_ is not null and delete_reason_ = 'completed' group by proc_inst_id_, task_def_key_"),
				"task");
		Map<String, Long> forms = counts(database.rows(
				"select cast(session_id as varchar) || '/' || step as form, count(*) as n from app.submitted_form "
						+ "group by session_id, step"),
				"form");
		Set<String> sessionIds = new HashSet<>();
		for (Map<String, Object> session : database
			.rows("select cast(id as varchar) as id, status, phase, closed_at from app.service_session")) {
			String id = (String) session.get("id");
			sessionIds.add(id);
			List<Map<String, Object>> its = instances.getOrDefault(id, List.of());
			if (its.size() != 1) {
				problems.add("session %s has %d process instances".formatted(id, its.size()));
				continue;
			}
			Map<String, Object> instance = its.get(0);
			String instanceId = (String) instance.get("instance");
			String status = (String) session.get("status");
			String phase = (String) session.get("phase");
			List<String> openTasks = column(tasks.getOrDefault(instanceId, List.of()), "task");
			String where = "session %s (%s, %s; instance %s, open tasks %s)".formatted(id, status, phase, instanceId,
					openTasks);
			if (status.equals("ACTIVE")) {
				checkOpen(problems, where, phase, session, instance, running.contains(instanceId), openTasks,
						column(scopes.getOrDefault(instanceId, List.of()), "scope"), waitingForGroup.contains(instanceId));
			}
			else {
				checkClosed(problems, where, status, phase, session, instance, running.contains(instanceId), openTasks,
						jobs.getOrDefault(instanceId, List.of()).size());
			}
			STEP_BY_TASK.forEach((task, step) -> {
				long completed = completedTasks.getOrDefault(instanceId + "/" + task, 0L);
				long recorded = forms.getOrDefault(id + "/" + step, 0L);
				if (completed != recorded) {
					problems.add("%s: %d completed %s tasks but %d %s forms in the record".formatted(where, completed,
							task, recorded, step));
				}
			});
		}
		instances.keySet()
			.stream()
			.filter(businessKey -> !sessionIds.contains(businessKey))
			.forEach(businessKey -> problems.add("process instance of business key %s has no session".formatted(businessKey)));
		return problems;
	}

	private static void checkOpen(List<String> problems, String where, String phase, Map<String, Object> session,
			Map<String, Object> instance, boolean running, List<String> openTasks, List<String> scopes,
			boolean waitsForGroup) {
		if (!running || instance.get("ended") != null) {
			problems.add(where + ": open in Sojourn but its instance is not running");
			return;
		}
		if (session.get("closed_at") != null || phase.equals("CLOSED")) {
			problems.add(where + ": active but marked closed");
		}
		// The preparation window's watch runs beside the phases (from certification until the administration is
		// scheduled), so it says nothing about where the session is.
		List<String> phases = scopes.stream()
			.filter(scope -> !scope.equals(PREPARATION_WINDOW_WATCH))
			.map(PHASE_BY_SCOPE::get)
			.distinct()
			.toList();
		if (phases.size() != 1 || !phases.get(0).equals(phase)) {
			problems.add("%s: the instance is at %s".formatted(where, scopes));
		}
		boolean waitsForCenter = scopes.contains("intermediateCatchEvent_centerAssociated");
		boolean waits = waitsForCenter || waitsForGroup;
		if (openTasks.size() != (waits ? 0 : 1)) {
			problems.add(where + ": expected " + (waits ? "no open task while waiting for a center or a group"
					: "one open task"));
		}
	}

	private static void checkClosed(List<String> problems, String where, String status, String phase,
			Map<String, Object> session, Map<String, Object> instance, boolean running, List<String> openTasks,
			int jobs) {
		if (running || instance.get("ended") == null || !openTasks.isEmpty() || jobs > 0) {
			problems.add("%s: closed in Sojourn but its instance runs on (%d jobs)".formatted(where, jobs));
		}
		if (!phase.equals("CLOSED") || session.get("closed_at") == null) {
			problems.add(where + ": closed without phase CLOSED and a closing time");
		}
		if (!ENDS_BY_STATUS.getOrDefault(status, Set.of()).contains(String.valueOf(instance.get("end_activity")))) {
			problems.add("%s: the instance ended at %s".formatted(where, instance.get("end_activity")));
		}
	}

	private static Map<String, List<Map<String, Object>>> groupBy(List<Map<String, Object>> rows, String key) {
		Map<String, List<Map<String, Object>>> groups = new HashMap<>();
		rows.forEach(row -> groups.computeIfAbsent(String.valueOf(row.get(key)), k -> new ArrayList<>()).add(row));
		return groups;
	}

	private static Map<String, Long> counts(List<Map<String, Object>> rows, String key) {
		Map<String, Long> counts = new HashMap<>();
		rows.forEach(row -> counts.put((String) row.get(key), ((Number) row.get("n")).longValue()));
		return counts;
	}

	private static List<String> column(List<Map<String, Object>> rows, String key) {
		return rows.stream().map(row -> String.valueOf(row.get(key))).toList();
	}

}
