package org.sojourn.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStep;

/** The one place that knows the session process model: its key, element ids, variables and messages. */
public final class SessionProcess {

	public static final String PROCESS_KEY = "session";

	public static final String DECISION_SCREENING = "decision_screeningOutcome";

	public static final String DECISION_MINIMUM_DURATION = "decision_minimumDuration";

	public static final String DECISION_GROUP_RATIO = "decision_groupRatio";

	/** Messages the process waits for. */
	public static final String MESSAGE_CENTER_ASSOCIATED = "CenterAssociated";

	public static final String MESSAGE_SESSION_CANCELLED = "SessionCancelled";

	/** The session joined a group: it leaves individual scheduling (or its own check-in) and waits for the group. */
	public static final String MESSAGE_GROUP_JOINED = "GroupJoined";

	/** The session's group was checked in: the session goes to its own check-in. */
	public static final String MESSAGE_GROUP_RELEASED = "GroupReleased";

	/** The session left its group, or the group was cancelled, before check-in: back to individual scheduling. */
	public static final String MESSAGE_GROUP_LEFT = "GroupLeft";

	/** Where a participant's session waits for its group: check-in or leaving. */
	public static final String WAIT_FOR_GROUP = "gateway_waitForGroup";

	public static final String GROUP_RELEASED_EVENT = "intermediateCatchEvent_groupReleased";

	public static final String GROUP_LEFT_EVENT = "intermediateCatchEvent_groupLeft";

	/** The interrupting boundaries by which a session joins a group, while scheduling and before its check-in. */
	public static final String JOINED_GROUP_WHILE_SCHEDULING = "boundaryEvent_joinedGroupWhileScheduling";

	public static final String JOINED_GROUP_BEFORE_CHECK_IN = "boundaryEvent_joinedGroupBeforeCheckIn";

	/** The bean the cancellation names: a cancelled session leaves its group. */
	static final String SESSION_LEAVES_GROUP_BEAN = "sessionLeavesGroup";

	/**
	 * A group administration's own process ({@code bpmn/group-administration.bpmn}), business key the group's id: its
	 * life for Cockpit, while each participant's session instance stays the one truth about that session.
	 */
	public static final class GroupAdministration {

		public static final String PROCESS_KEY = "groupAdministration";

		public static final String MESSAGE_CHECKED_IN = "GroupCheckedIn";

		public static final String MESSAGE_CANCELLED = "GroupCancelled";

		public static final String MESSAGE_ADMINISTERED = "GroupAdministered";

		public static final String MESSAGE_CLOSED = "GroupClosed";

		public static final String PLANNED = "gateway_planned";

		public static final String CHECKED_IN = "intermediateCatchEvent_groupCheckedIn";

		public static final String CANCELLED = "intermediateCatchEvent_groupCancelled";

		public static final String ADMINISTERED = "intermediateCatchEvent_groupAdministered";

		public static final String CLOSED = "intermediateCatchEvent_groupClosed";

		public static final String END_CLOSED = "endEvent_groupClosed";

		public static final String END_CANCELLED = "endEvent_groupCancelled";

		private GroupAdministration() {
		}

	}

	/** Routing variables: ids and flags only, never data of the client record. */
	public static final class Variables {

		public static final String FACILITATOR = "facilitator";

		public static final String CENTER_GROUP = "centerGroup";

		public static final String CENTER_ASSOCIATED = "centerAssociated";

		public static final String SCREENING_OUTCOME = "screeningOutcome";

		public static final String SERVICES_MAY_PROCEED = "servicesMayProceed";

		public static final String INTEGRATION_ACCEPTED = "integrationAccepted";

		public static final String MORE_INTEGRATION_SESSIONS = "moreIntegrationSessions";

		/** Whether the session record holds a scheduled administration: it closes the preparation window's watch. */
		public static final String ADMINISTRATION_SCHEDULED = "administrationScheduled";

		/** Every variable the process may hold; anything else was smuggled in with a completion. */
		public static final Set<String> ALL = Set.of(FACILITATOR, CENTER_GROUP, CENTER_ASSOCIATED,
				SCREENING_OUTCOME, SERVICES_MAY_PROCEED, INTEGRATION_ACCEPTED, MORE_INTEGRATION_SESSIONS,
				ADMINISTRATION_SCHEDULED);

		private Variables() {
		}

	}

	/** The integration subprocess, which the reminder timer is attached to. */
	public static final String INTEGRATION_SUBPROCESS = "subProcess_integration";

	/** The non-interrupting timer on integration; it goes with the subprocess when integration closes first. */
	public static final String INTEGRATION_OVERDUE = "boundaryEvent_integrationOverdue";

	/** The service task the timer leads to. */
	public static final String REMIND_OF_OPEN_INTEGRATION = "serviceTask_remindOfOpenIntegration";

	/** The bean the model names for the reminder: the timer reads its period, the service task runs it. */
	static final String INTEGRATION_REMINDER_BEAN = "integrationReminder";

	/**
	 * The scope beside the session from certified preparation until the administration is scheduled; its timers are
	 * the window's deadlines.
	 */
	public static final String PREPARATION_WINDOW_SUBPROCESS = "subProcess_preparationWindow";

	/** Where the window's token waits until the administration is scheduled. */
	public static final String ADMINISTRATION_SCHEDULED_EVENT = "intermediateCatchEvent_administrationScheduled";

	/** Non-interrupting: the window ends soon. */
	public static final String PREPARATION_WINDOW_ENDING = "boundaryEvent_preparationWindowEnding";

	/** Interrupting the window's scope (not the session): the window has lapsed. */
	public static final String PREPARATION_WINDOW_LAPSED = "boundaryEvent_preparationWindowLapsed";

	public static final String ANNOUNCE_PREPARATION_WINDOW_ENDING = "serviceTask_announcePreparationWindowEnding";

	public static final String ANNOUNCE_PREPARATION_WINDOW_LAPSED = "serviceTask_announcePreparationWindowLapsed";

	/** Non-interrupting timer on check-in: the administration is near. */
	public static final String ADMINISTRATION_SOON = "boundaryEvent_administrationSoon";

	public static final String ANNOUNCE_ADMINISTRATION_SOON = "serviceTask_announceAdministrationSoon";

	/** The service task every preparation task's outstanding-form timer leads to. */
	public static final String REMIND_OF_OUTSTANDING_FORM = "serviceTask_remindOfOutstandingForm";

	/** The beans the model names for the deadlines: their timers read the dates or periods, their tasks run them. */
	static final String PREPARATION_WINDOW_BEAN = "preparationWindow";

	static final String ADMINISTRATION_SOON_BEAN = "administrationSoon";

	static final String FORMS_OUTSTANDING_BEAN = "formsOutstanding";

	/** The installation's quarterly report reminders: a process of its own, started by its timers. */
	public static final String QUARTERLY_REMINDERS_PROCESS_KEY = "quarterlyReportReminders";

	/** Its one timer start event: the first day of each quarter and three days before each report is due. */
	public static final String QUARTERLY_REPORT_REMINDER_DUE = "startEvent_quarterlyReportReminderDue";

	public static final String REMIND_OF_QUARTERLY_REPORT = "serviceTask_remindOfQuarterlyReport";

	static final String QUARTERLY_REPORT_REMINDER_BEAN = "quarterlyReportReminder";

	/** User tasks and the session step each completes. */
	public static final Map<String, SessionStep> STEP_BY_TASK = Map.ofEntries(
			Map.entry("userTask_recordClientInformation", SessionStep.CLIENT_INFORMATION),
			Map.entry("userTask_reviewScreening", SessionStep.SCREENING_REVIEW),
			Map.entry("userTask_signConsents", SessionStep.CONSENTS_AND_PLANS),
			Map.entry("userTask_agreeDoseEstimate", SessionStep.DOSE_ESTIMATE),
			Map.entry("userTask_certifyPreparation", SessionStep.PREPARATION_CERTIFICATION),
			Map.entry("userTask_scheduleAdministration", SessionStep.SCHEDULE_ADMINISTRATION),
			Map.entry("userTask_checkIn", SessionStep.CHECK_IN),
			Map.entry("userTask_recordAdministration", SessionStep.ADMINISTRATION_RECORD),
			Map.entry("userTask_recordProductAndWaste", SessionStep.PRODUCT_AND_WASTE),
			Map.entry("userTask_offerIntegration", SessionStep.INTEGRATION_OFFER),
			Map.entry("userTask_recordIntegrationSession", SessionStep.INTEGRATION_SESSION),
			Map.entry("userTask_certifyCompletion", SessionStep.COMPLETION_CERTIFICATION));

	/** Subprocesses and the phase each stands for. */
	public static final Map<String, SessionPhase> PHASE_BY_SUBPROCESS = Map.of("subProcess_preparation",
			SessionPhase.PREPARATION, "subProcess_administration", SessionPhase.ADMINISTRATION,
			INTEGRATION_SUBPROCESS, SessionPhase.INTEGRATION);

	/** The outstanding-form timer of each preparation task. */
	public static final Map<String, String> FORM_OUTSTANDING_BY_TASK = Map.of("userTask_recordClientInformation",
			"boundaryEvent_recordClientInformationOutstanding", "userTask_reviewScreening",
			"boundaryEvent_reviewScreeningOutstanding", "userTask_signConsents",
			"boundaryEvent_signConsentsOutstanding", "userTask_agreeDoseEstimate",
			"boundaryEvent_agreeDoseEstimateOutstanding", "userTask_certifyPreparation",
			"boundaryEvent_certifyPreparationOutstanding");

	/** Where a session without a service center waits. */
	public static final String WAIT_FOR_CENTER = "intermediateCatchEvent_centerAssociated";

	/**
	 * Who works the session's tasks, from Sojourn's record of it. Set at start and again on every completion, so that
	 * values submitted with a task cannot redirect later tasks.
	 */
	static Map<String, Object> assignmentOf(Session session) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.FACILITATOR, session.getFacilitatorUsername());
		variables.put(Variables.CENTER_ASSOCIATED, session.getCenterId() != null);
		variables.put(Variables.ADMINISTRATION_SCHEDULED, session.getAdministrationScheduledAt() != null);
		variables.put(Variables.CENTER_GROUP,
				session.getCenterId() == null ? null : ServiceCenter.administratorsGroup(session.getCenterId()));
		return variables;
	}

	public static String taskOf(SessionStep step) {
		return STEP_BY_TASK.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == step)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	private SessionProcess() {
	}

}
