package org.sojourn.records.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sojourn.forms.FormSchemas;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.RecordViews;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionTasks;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The session page's work surface: each phase with the checklist of its steps, done (who, when), current (who holds
 * it, and its form when it is the viewer's to complete) and still to come.
 */
@Component
class SessionChecklist {

	/** The steps of each phase in the order the process reaches them. */
	private static final Map<SessionPhase, List<SessionStep>> STEPS = Map.of(SessionPhase.PREPARATION,
			List.of(SessionStep.CLIENT_INFORMATION, SessionStep.SCREENING_REVIEW, SessionStep.CONSENTS_AND_PLANS,
					SessionStep.DOSE_ESTIMATE, SessionStep.PREPARATION_CERTIFICATION),
			SessionPhase.ADMINISTRATION,
			List.of(SessionStep.SCHEDULE_ADMINISTRATION, SessionStep.CHECK_IN, SessionStep.ADMINISTRATION_RECORD,
					SessionStep.PRODUCT_AND_WASTE),
			SessionPhase.INTEGRATION, List.of(SessionStep.INTEGRATION_OFFER, SessionStep.INTEGRATION_SESSION,
					SessionStep.COMPLETION_CERTIFICATION));

	/** Steps the process may pass by: a review only when screening asks for one, integration sessions zero or more. */
	private static final Set<SessionStep> OPTIONAL = EnumSet.of(SessionStep.SCREENING_REVIEW,
			SessionStep.INTEGRATION_SESSION);

	private static final Map<SessionStep, String> LABELS = Map.ofEntries(
			Map.entry(SessionStep.CLIENT_INFORMATION, "Client information and screening"),
			Map.entry(SessionStep.SCREENING_REVIEW, "Screening review"),
			Map.entry(SessionStep.CONSENTS_AND_PLANS, "Consents and plans"),
			Map.entry(SessionStep.DOSE_ESTIMATE, "Dose estimate"),
			Map.entry(SessionStep.PREPARATION_CERTIFICATION, "Preparation session and certification"),
			Map.entry(SessionStep.SCHEDULE_ADMINISTRATION, "Schedule the administration"),
			Map.entry(SessionStep.CHECK_IN, "Check-in"),
			Map.entry(SessionStep.ADMINISTRATION_RECORD, "Administration record"),
			Map.entry(SessionStep.PRODUCT_AND_WASTE, "Product and waste"),
			Map.entry(SessionStep.INTEGRATION_OFFER, "Integration offer"),
			Map.entry(SessionStep.INTEGRATION_SESSION, "Integration session"),
			Map.entry(SessionStep.COMPLETION_CERTIFICATION, "Completion certification"));

	private final FormSchemas schemas;

	SessionChecklist(FormSchemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * One step on a phase's checklist.
	 *
	 * @param state {@code done}, {@code current} or {@code upcoming}
	 * @param who who submitted it (done) or who holds it (current)
	 * @param task the open task (current only)
	 * @param mine the viewer may complete it here: its form is shown
	 * @param claimable an unclaimed center task the viewer may claim
	 * @param schema the form's JSON for form-js, when mine
	 */
	record Item(String label, String state, boolean optional, String who, Instant when, OpenTask task, boolean mine,
			boolean claimable, String schema) {
	}

	/** @param state {@code done}, {@code current}, {@code upcoming} or {@code skipped} (the session closed before it) */
	record Phase(String id, String label, String state, List<Item> items) {
	}

	List<Phase> phases(RecordViews.Record record, CurrentUser user, String centerName) {
		SessionPhase current = record.session().phase();
		boolean closed = record.session().status() != SessionStatus.ACTIVE;
		List<String> groups = SessionTasks.groupsOf(user);
		List<Phase> phases = new ArrayList<>();
		for (SessionPhase phase : List.of(SessionPhase.PREPARATION, SessionPhase.ADMINISTRATION,
				SessionPhase.INTEGRATION)) {
			List<Item> items = new ArrayList<>();
			for (SessionStep step : STEPS.get(phase)) {
				record.forms()
					.stream()
					.filter(form -> form.step() == step)
					.forEach(form -> items.add(new Item(LABELS.get(step), "done", false, form.submittedBy(),
							form.submittedAt(), null, false, false, null)));
				List<OpenTask> open = record.openTasks().stream().filter(task -> task.step() == step).toList();
				open.forEach(task -> items.add(current(task, user, groups, centerName)));
				boolean done = record.forms().stream().anyMatch(form -> form.step() == step);
				boolean repeatable = step == SessionStep.INTEGRATION_SESSION;
				if (!closed && open.isEmpty() && (!done || repeatable) && isAhead(phase, step, record)) {
					items.add(new Item(LABELS.get(step), "upcoming", OPTIONAL.contains(step), null, null, null, false,
							false, null));
				}
			}
			phases.add(new Phase(phase.name().toLowerCase(), label(phase), state(phase, current, items), items));
		}
		return phases;
	}

	private Item current(OpenTask task, CurrentUser user, List<String> groups, String centerName) {
		boolean mine = task.isFor(user.username(), groups);
		String who = task.assignee() != null ? task.assignee()
				: "the administrators of " + (centerName != null ? centerName : "the service center");
		return new Item(LABELS.get(task.step()), "current", false, who, task.createdAt(), task, mine,
				mine && task.assignee() == null, mine ? schema(task.formId()) : null);
	}

	/** A step still to come: none of the steps after it in its phase, nor a later phase, has been reached yet. */
	private static boolean isAhead(SessionPhase phase, SessionStep step, RecordViews.Record record) {
		SessionPhase current = record.session().phase();
		if (phase.ordinal() > current.ordinal()) {
			return true;
		}
		if (phase.ordinal() < current.ordinal()) {
			return false;
		}
		int reached = -1;
		List<SessionStep> steps = STEPS.get(phase);
		for (RecordViews.Form form : record.forms()) {
			reached = Math.max(reached, steps.indexOf(form.step()));
		}
		for (OpenTask task : record.openTasks()) {
			reached = Math.max(reached, steps.indexOf(task.step()));
		}
		int index = steps.indexOf(step);
		return index > reached || (step == SessionStep.INTEGRATION_SESSION && index == reached);
	}

	private static String state(SessionPhase phase, SessionPhase current, List<Item> items) {
		if (phase == current) {
			return "current";
		}
		if (current == SessionPhase.CLOSED) {
			return items.stream().anyMatch(item -> item.state().equals("done")) ? "done" : "skipped";
		}
		return phase.ordinal() < current.ordinal() ? "done" : "upcoming";
	}

	private static String label(SessionPhase phase) {
		return switch (phase) {
			case PREPARATION -> "Preparation";
			case ADMINISTRATION -> "Administration";
			case INTEGRATION -> "Integration";
			case CLOSED -> "Closed";
		};
	}

	/** The form's file as it is shipped: the same JSON the engine deployed and Tasklist renders. */
	private String schema(String formId) {
		String file = schemas.fileOf(formId).orElse(null);
		if (file == null) {
			return null;
		}
		try (InputStream in = new ClassPathResource("forms/" + file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read form " + file, e);
		}
	}

}
