package org.sojourn.engine;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionDeadlines;
import org.springframework.stereotype.Component;

/**
 * The preparation window's watch: its timers read their dates here ({@code ${preparationWindow.endingAt(execution)}},
 * {@code ...lapsesAt(execution)}), its wait ends when {@link #closed} says so, and both its service tasks run it.
 * Public only because the engine's expression language reads public classes alone.
 */
@Component(SessionProcess.PREPARATION_WINDOW_BEAN)
public class PreparationWindow implements JavaDelegate {

	private final SessionDeadlines deadlines;

	PreparationWindow(SessionDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	public Date endingAt(DelegateExecution execution) {
		return Date.from(deadlines.preparationWindowEnding(sessionOf(execution)));
	}

	public Date lapsesAt(DelegateExecution execution) {
		return Date.from(deadlines.preparationWindowEnd(sessionOf(execution)));
	}

	/** The routing flag, which every completion sets from the session record: the window closes once scheduled. */
	public boolean closed(DelegateExecution execution) {
		return Boolean.TRUE.equals(execution.getVariable(SessionProcess.Variables.ADMINISTRATION_SCHEDULED));
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean lapsed = SessionProcess.ANNOUNCE_PREPARATION_WINDOW_LAPSED.equals(execution.getCurrentActivityId());
		deadlines.reached(sessionOf(execution),
				lapsed ? Deadline.PREPARATION_WINDOW_LAPSED : Deadline.PREPARATION_WINDOW_ENDING, null);
	}

	static UUID sessionOf(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}

}
