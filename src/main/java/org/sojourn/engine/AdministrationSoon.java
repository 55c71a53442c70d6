package org.sojourn.engine;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionDeadlines;
import org.springframework.stereotype.Component;

/**
 * The notice before a scheduled administration: the timer on check-in reads its date here
 * ({@code ${administrationSoon.dueAt(execution)}}) and its service task runs it. Public for the expression language.
 */
@Component(SessionProcess.ADMINISTRATION_SOON_BEAN)
public class AdministrationSoon implements JavaDelegate {

	private final SessionDeadlines deadlines;

	AdministrationSoon(SessionDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	/** A date already past when the administration is nearer than the lead: the engine then fires it at once. */
	public Date dueAt(DelegateExecution execution) {
		return Date.from(deadlines.administrationSoon(PreparationWindow.sessionOf(execution)));
	}

	@Override
	public void execute(DelegateExecution execution) {
		deadlines.reached(PreparationWindow.sessionOf(execution), Deadline.ADMINISTRATION_SOON, null);
	}

}
