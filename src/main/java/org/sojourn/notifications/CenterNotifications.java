package org.sojourn.notifications;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sojourn.reporting.QuarterlyReportDue;
import org.sojourn.servicecenters.CenterEvents;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Who hears what of a center: the invited facilitator, the center's administrators. Synchronous, like sessions'. */
@Component
class CenterNotifications {

	private final Notifier notifier;

	private final ServiceCenters centers;

	CenterNotifications(Notifier notifier, ServiceCenters centers) {
		this.notifier = notifier;
		this.centers = centers;
	}

	/** In Sojourn only: the accounts module mails the invitation itself, and a second mail would say the same. */
	@EventListener
	void invited(CenterEvents.FacilitatorInvited invited) {
		notifier.tellInSojourn(List.of(invited.facilitator()), new Notifier.Notice(NotificationKind.CENTER_INVITATION,
				Notification.About.center(invited.centerId()),
				"A service center invited you to work with it: accept or decline on your home page.", "/"),
				invited.invitedBy());
	}

	@EventListener
	void answered(CenterEvents.InvitationAnswered answered) {
		notifier.tell(centers.administratorsOf(answered.centerId()),
				new Notifier.Notice(NotificationKind.INVITATION_ANSWERED, Notification.About.center(answered.centerId()),
						"Facilitator %s %s your center's invitation.".formatted(answered.facilitator(),
								answered.accepted() ? "accepted" : "declined"),
						"/centers/" + answered.centerId()),
				answered.facilitator());
	}

	@EventListener
	void reportDue(QuarterlyReportDue due) {
		String quarter = "%d-Q%d".formatted(due.year(), due.quarter());
		for (Map.Entry<UUID, Set<String>> center : centers.administratorsByCenter().entrySet()) {
			notifier.tell(center.getValue(), new Notifier.Notice(NotificationKind.QUARTERLY_REPORT_DUE,
					new Notification.About(null, null, center.getKey(), quarter),
					"%sThe quarterly report for %d Q%d is due on %s.".formatted(due.finalReminder() ? "Reminder: " : "",
							due.year(), due.quarter(), due.dueOn()),
					"/centers/%s/reports/%d/Q%d".formatted(center.getKey(), due.year(), due.quarter())), null);
		}
	}

}
