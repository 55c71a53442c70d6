package org.sojourn.notifications;

/**
 * What a notification is about. Each kind can be kept out of mail except those the program's safety needs (an adverse
 * reaction, a lapsing preparation window); in Sojourn's list every kind always shows.
 */
public enum NotificationKind {

	TASK_OPENED("A task waits for you in Sojourn", false),

	/** A session came to a center for the first time (when opened there, or a center was chosen later). */
	SESSION_ASSOCIATED("A session came to your center in Sojourn", false),

	/** A session moved from one center to another: both centers hear of it. */
	SESSION_CENTER_CHANGED("A session changed its service center in Sojourn", false),

	CENTER_INVITATION("An invitation waits for you in Sojourn", false),

	INVITATION_ANSWERED("A facilitator answered your center's invitation in Sojourn", false),

	PREPARATION_WINDOW_ENDING("A preparation window ends soon in Sojourn", true),

	PREPARATION_WINDOW_LAPSED("A preparation window has lapsed in Sojourn", true),

	ADMINISTRATION_SOON("An administration is near in Sojourn", false),

	FORMS_OUTSTANDING("A preparation form is outstanding in Sojourn", false),

	INTEGRATION_OVERDUE("An integration is overdue in Sojourn", false),

	QUARTERLY_REPORT_DUE("A quarterly report is due in Sojourn", false),

	ADVERSE_REACTION("An adverse reaction was recorded in Sojourn", true);

	private final String subject;

	private final boolean alwaysOn;

	NotificationKind(String subject, boolean alwaysOn) {
		this.subject = subject;
		this.alwaysOn = alwaysOn;
	}

	/** The mail's subject: says that something waits, never what of whom. */
	public String subject() {
		return subject;
	}

	/** Whether the kind is mailed whatever the person's preference (safety, the program's deadlines). */
	public boolean alwaysOn() {
		return alwaysOn;
	}

}
