package org.sojourn.records;

import java.util.List;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionAccess;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.SessionWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The whole record of a session, for its facilitator and its center's administrators; nobody else. */
@Service
public class SessionRecords {

	private final SessionAccess access;

	private final SubmittedFormRepository forms;

	private final AdministrationRecordRepository administrations;

	private final AdministrationEventRepository events;

	private final AddendumRepository addenda;

	private final DenialRepository denials;

	private final SessionWorkflow engine;

	private final GroupAdministrationLink groups;

	SessionRecords(SessionAccess access, SubmittedFormRepository forms, AdministrationRecordRepository administrations,
			AdministrationEventRepository events, AddendumRepository addenda, DenialRepository denials,
			SessionWorkflow engine, GroupAdministrationLink groups) {
		this.access = access;
		this.forms = forms;
		this.administrations = administrations;
		this.events = events;
		this.addenda = addenda;
		this.denials = denials;
		this.engine = engine;
		this.groups = groups;
	}

	/**
	 * The whole record of a session, read as of one moment: repeatable read gives its many queries (Sojourn's tables
	 * and the engine's open tasks, on the same connection) one snapshot, so that a completion committing meanwhile
	 * cannot show its next task without the form that led to it.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public RecordViews.Record record(CurrentUser user, UUID sessionId) {
		Session session = access.visible(user, sessionId);
		List<RecordViews.Form> submitted = forms.findBySessionIdOrderBySubmittedAtAsc(sessionId)
			.stream()
			.map(form -> new RecordViews.Form(form.getId(), form.getStep(), form.getFormId(), form.getFormVersion(),
					form.getPayload(), form.getSubmittedBy(), form.getSubmittedAt()))
			.toList();
		AdministrationView administration = administrations.findById(sessionId)
			.map(AdministrationRecord::view)
			.orElse(null);
		return new RecordViews.Record(SessionViews.Summary.of(session),
				session.isOpen() && engine.waitsForCenter(sessionId), session.getScreeningOutcome(),
				session.getScreeningReasons(), session.getCloseReason(), session.getPreparationSessionAt(),
				session.getProductConsumedAt(), submitted, administration, groups.groupOf(sessionId).orElse(null),
				events.findBySessionIdOrderByOccurredAtAsc(sessionId).stream().map(AdministrationEvent::view).toList(),
				addenda.findBySessionIdOrderByRecordedAtAsc(sessionId).stream().map(Addendum::view).toList(),
				denials.findById(sessionId).map(Denial::view).orElse(null),
				session.isOpen() ? engine.openTasks(sessionId) : List.of());
	}

}
