package org.sojourn.records.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sojourn.forms.AnswerText;
import org.sojourn.records.FormAnswers;
import org.sojourn.records.GroupAdministrationText;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns a session record into what its page shows: the phase timeline, readable forms and what waits on whom. */
@Component
class SessionPageView {

	private static final Set<SessionStep> ADMINISTRATION_STEPS = EnumSet.of(SessionStep.SCHEDULE_ADMINISTRATION,
			SessionStep.CHECK_IN, SessionStep.ADMINISTRATION_RECORD, SessionStep.PRODUCT_AND_WASTE);

	private static final Set<SessionStep> INTEGRATION_STEPS = EnumSet.of(SessionStep.INTEGRATION_OFFER,
			SessionStep.INTEGRATION_SESSION, SessionStep.COMPLETION_CERTIFICATION);

	private final FormAnswers answers;

	private final PageTimes times;

	/** @param zone the zone every time on the page is shown in, answers included (never raw UTC) */
	SessionPageView(FormAnswers answers, @Value("${sojourn.time-zone}") ZoneId zone) {
		this.answers = answers;
		this.times = new PageTimes(zone);
	}

	/** One phase on the timeline: state is done, current, skipped or upcoming. */
	record Phase(String label, String state) {
	}

	record Waiting(String task, String who, Instant since) {
	}

	record Correction(String reason, String author, Instant recordedAt, List<FormAnswers.Row> changes) {
	}

	record FormEntry(String step, String formId, String submittedBy, Instant submittedAt,
			List<FormAnswers.Row> answers, List<Correction> addenda) {
	}

	List<Phase> timeline(RecordViews.Record record) {
		SessionPhase current = record.session().phase();
		Set<SessionPhase> reached = EnumSet.noneOf(SessionPhase.class);
		record.forms().forEach(form -> reached.add(phaseOf(form.step())));
		List<Phase> phases = new ArrayList<>();
		for (SessionPhase phase : SessionPhase.values()) {
			String state;
			if (phase == current) {
				state = "current";
			}
			else if (phase.ordinal() > current.ordinal()) {
				state = "upcoming";
			}
			else if (current == SessionPhase.CLOSED) {
				state = reached.contains(phase) ? "done" : "skipped";
			}
			else {
				state = "done";
			}
			phases.add(new Phase(AnswerText.words(phase.name()), state));
		}
		return phases;
	}

	/** @param centerName the session's center, named instead of its engine group */
	List<Waiting> waiting(RecordViews.Record record, String centerName) {
		List<Waiting> waiting = new ArrayList<>();
		for (OpenTask task : record.openTasks()) {
			String who = task.assignee() != null ? task.assignee()
					: "the administrators of " + (centerName != null ? centerName : "the service center");
			waiting.add(new Waiting(task.name(), who, task.createdAt()));
		}
		return waiting;
	}

	List<FormEntry> forms(RecordViews.Record record) {
		List<FormEntry> entries = new ArrayList<>();
		for (RecordViews.Form form : record.forms()) {
			List<Correction> addenda = record.addenda()
				.stream()
				.filter(addendum -> addendum.target().equals(form.id().toString()))
				.map(addendum -> correction(addendum, record.forms()))
				.toList();
			entries.add(new FormEntry(AnswerText.words(form.step().name()), form.formId(), form.submittedBy(),
					form.submittedAt(), answers.answers(form, times::when), addenda));
		}
		return entries;
	}

	/** The group administration's rows; none for a session that was never in a group. */
	List<FormAnswers.Row> groupAdministration(RecordViews.Record record) {
		return record.groupAdministration() == null ? List.of()
				: GroupAdministrationText.rows(record.groupAdministration(), times::when);
	}

	List<Correction> administrationAddenda(RecordViews.Record record) {
		return record.addenda()
			.stream()
			.filter(addendum -> SessionRecordEntries.ADMINISTRATION.equals(addendum.target()))
			.map(addendum -> correction(addendum, record.forms()))
			.toList();
	}

	private Correction correction(RecordViews.AddendumView addendum, List<RecordViews.Form> forms) {
		return new Correction(addendum.reason(), addendum.author(), addendum.recordedAt(),
				answers.changes(addendum, forms, times::when));
	}

	private static SessionPhase phaseOf(SessionStep step) {
		if (ADMINISTRATION_STEPS.contains(step)) {
			return SessionPhase.ADMINISTRATION;
		}
		return INTEGRATION_STEPS.contains(step) ? SessionPhase.INTEGRATION : SessionPhase.PREPARATION;
	}

}
