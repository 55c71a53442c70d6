package org.sojourn.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.sessions.SessionChanged;
import org.sojourn.sessions.SessionDeadlines;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a session's deadline timers on the dates its record holds now. A timer reads its date when it is set; an
 * addendum that later corrects the preparation session's time or the scheduled administration changes the record,
 * so the window's timers and the administration notice are moved to the corrected dates, in the addendum's own
 * transaction: none fires for the old time, and a rolled-back correction moves nothing. Every update of a session's
 * record is checked (an addendum, an event), since only the record says which dates changed; a timer already on its
 * date is left alone.
 */
@Component
class DeadlineCorrections {

	private static final Logger log = LoggerFactory.getLogger(DeadlineCorrections.class);

	/** The engine keeps due dates to the second on some databases; a smaller difference is no correction. */
	private static final Duration SAME = Duration.ofSeconds(1);

	private final RuntimeService runtime;

	private final ManagementService management;

	private final IdentityService identity;

	private final Map<String, Function<UUID, Instant>> dueDateByTimer;

	DeadlineCorrections(RuntimeService runtime, ManagementService management, IdentityService identity,
			SessionDeadlines deadlines) {
		this.runtime = runtime;
		this.management = management;
		this.identity = identity;
		this.dueDateByTimer = Map.of(SessionProcess.PREPARATION_WINDOW_ENDING, deadlines::preparationWindowEnding,
				SessionProcess.PREPARATION_WINDOW_LAPSED, deadlines::preparationWindowEnd,
				SessionProcess.ADMINISTRATION_SOON, deadlines::administrationSoon);
	}

	@EventListener
	void followCorrections(SessionChanged changed) {
		if (changed.kind() != SessionChanged.Kind.UPDATED) {
			return; // a form submitted sets its timers from the record itself
		}
		unrestricted(() -> {
			for (ProcessInstance instance : runtime.createProcessInstanceQuery()
				.processDefinitionKey(SessionProcess.PROCESS_KEY)
				.processInstanceBusinessKey(changed.sessionId().toString())
				.list()) {
				dueDateByTimer.forEach((timer, dueDate) -> management.createJobQuery()
					.processInstanceId(instance.getId())
					.activityId(timer)
					.timers()
					.list()
					.forEach(job -> move(job, timer, changed.sessionId(), dueDate.apply(changed.sessionId()))));
			}
		});
	}

	private void move(Job job, String timer, UUID sessionId, Instant due) {
		Instant was = job.getDuedate().toInstant();
		if (Duration.between(was, due).abs().compareTo(SAME) < 0) {
			return;
		}
		management.setJobDuedate(job.getId(), Date.from(due));
		log.info("Timer {} of session {} moved from {} to {}: its date in the record was corrected", timer, sessionId,
				was, due);
	}

	/**
	 * The corrector may see the session's record but holds no engine permission on its jobs; what is moved follows
	 * from the record alone.
	 */
	private void unrestricted(Runnable work) {
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			work.run();
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
		}
	}

}
