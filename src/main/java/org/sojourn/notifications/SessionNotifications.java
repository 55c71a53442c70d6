package org.sojourn.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sojourn.records.AdverseReactionRecorded;
import org.sojourn.servicecenters.ServiceCenters;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionCenterChanged;
import org.sojourn.sessions.SessionDeadlineReached;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionRepository;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionTaskOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears what of a session: its facilitator and its center's administrators, never anyone else. Synchronous
 * listeners, so each notification is written in the transaction of its cause (the engine's, for tasks and timers).
 */
@Component
class SessionNotifications {

	/** The deadlines the center hears of as well as the facilitator. */
	private static final Set<Deadline> CENTER_DEADLINES = Set.of(Deadline.PREPARATION_WINDOW_ENDING,
			Deadline.PREPARATION_WINDOW_LAPSED, Deadline.ADMINISTRATION_SOON);

	private final Notifier notifier;

	private final SessionRepository sessions;

	private final ServiceCenters centers;

	SessionNotifications(Notifier notifier, SessionRepository sessions, ServiceCenters centers) {
		this.notifier = notifier;
		this.sessions = sessions;
		this.centers = centers;
	}

	@EventListener
	void taskOpened(SessionTaskOpened opened) {
		Notification.About about = new Notification.About(opened.sessionId(), opened.taskId(), opened.centerId(), null);
		String link = sessionLink(opened.sessionId());
		if (opened.assignee() != null) {
			notifier.tell(List.of(opened.assignee()), new Notifier.Notice(NotificationKind.TASK_OPENED, about,
					"A task waits for you: %s.".formatted(label(opened.step())), link), null);
		}
		else {
			notifier.tell(centers.administratorsOf(opened.centerId()), new Notifier.Notice(NotificationKind.TASK_OPENED,
					about, "A task waits for your center: %s.".formatted(label(opened.step())), link), null);
		}
	}

	@EventListener
	void centerChanged(SessionCenterChanged changed) {
		boolean firstCenter = changed.previousCenterId() == null;
		NotificationKind kind = firstCenter ? NotificationKind.SESSION_ASSOCIATED
				: NotificationKind.SESSION_CENTER_CHANGED;
		notifier.tell(centers.administratorsOf(changed.centerId()),
				new Notifier.Notice(kind, new Notification.About(changed.sessionId(), null, changed.centerId(), null),
						firstCenter ? "A session was associated with your center."
								: "A session moved to your center from another one.",
						sessionLink(changed.sessionId())),
				changed.actor());
		if (!firstCenter) {
			// The session is no longer theirs to see, so the notice leads to the center, not to it.
			notifier.tell(centers.administratorsOf(changed.previousCenterId()),
					new Notifier.Notice(NotificationKind.SESSION_CENTER_CHANGED,
							Notification.About.center(changed.previousCenterId()),
							"A session moved from your center to another one.",
							"/centers/" + changed.previousCenterId()),
					changed.actor());
		}
	}

	@EventListener
	void deadlineReached(SessionDeadlineReached reached) {
		Session session = sessions.findById(reached.sessionId()).orElse(null);
		if (session == null) {
			return;
		}
		List<String> recipients = new ArrayList<>(List.of(session.getFacilitatorUsername()));
		if (CENTER_DEADLINES.contains(reached.deadline()) && session.getCenterId() != null) {
			recipients.addAll(centers.administratorsOf(session.getCenterId()));
		}
		notifier.tell(recipients, new Notifier.Notice(kindOf(reached.deadline()),
				new Notification.About(session.getId(), null, session.getCenterId(), null), text(reached),
				sessionLink(session.getId())), null);
	}

	/** The other side of the session from whoever recorded the reaction. */
	@EventListener
	void adverseReaction(AdverseReactionRecorded recorded) {
		Session session = sessions.findById(recorded.sessionId()).orElse(null);
		if (session == null) {
			return;
		}
		boolean byFacilitator = session.getFacilitatorUsername().equals(recorded.recordedBy());
		List<String> recipients = byFacilitator
				? (session.getCenterId() == null ? List.of() : List.copyOf(centers.administratorsOf(session.getCenterId())))
				: List.of(session.getFacilitatorUsername());
		notifier.tell(recipients, new Notifier.Notice(NotificationKind.ADVERSE_REACTION,
				new Notification.About(session.getId(), null, session.getCenterId(), null),
				"An adverse reaction was recorded in a session you share.", sessionLink(session.getId())),
				recorded.recordedBy());
	}

	private static NotificationKind kindOf(Deadline deadline) {
		return switch (deadline) {
			case PREPARATION_WINDOW_ENDING -> NotificationKind.PREPARATION_WINDOW_ENDING;
			case PREPARATION_WINDOW_LAPSED -> NotificationKind.PREPARATION_WINDOW_LAPSED;
			case ADMINISTRATION_SOON -> NotificationKind.ADMINISTRATION_SOON;
			case FORMS_OUTSTANDING -> NotificationKind.FORMS_OUTSTANDING;
			case INTEGRATION_OVERDUE -> NotificationKind.INTEGRATION_OVERDUE;
		};
	}

	private static String text(SessionDeadlineReached reached) {
		return switch (reached.deadline()) {
			case PREPARATION_WINDOW_ENDING -> "A session's preparation window ends soon and no administration has happened yet.";
			case PREPARATION_WINDOW_LAPSED -> "A session's preparation window has lapsed without an administration.";
			case ADMINISTRATION_SOON -> "A session's administration is scheduled soon.";
			case FORMS_OUTSTANDING -> reached.step() == null ? "A session's preparation form has been open for long."
					: "A session's form has been open for long: %s.".formatted(label(reached.step()));
			case INTEGRATION_OVERDUE -> "A session's integration is still open after the reminder period.";
		};
	}

	static String label(SessionStep step) {
		if (step == null) {
			return "a step of a session";
		}
		String words = step.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static String sessionLink(java.util.UUID sessionId) {
		return "/sessions/" + sessionId;
	}

}
