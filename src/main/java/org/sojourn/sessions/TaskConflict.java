package org.sojourn.sessions;

/**
 * Someone else acted on the task first: completed it, claimed it, or changed its session at the same moment. The
 * caller's own request changed nothing.
 */
public class TaskConflict extends RuntimeException {

	/** What the other person did. */
	public enum Reason {

		/** The task was completed. */
		COMPLETED,

		/** The task ended without being completed: the session was cancelled or moved past it. */
		CLOSED,

		/** Another administrator of the center claimed the task. */
		CLAIMED,

		/** The session changed at the same moment, again and again; the request may be sent again. */
		CHANGED

	}

	private final Reason reason;

	private final String claimedBy;

	private TaskConflict(Reason reason, String claimedBy, String message) {
		super(message);
		this.reason = reason;
		this.claimedBy = claimedBy;
	}

	public static TaskConflict completed() {
		return new TaskConflict(Reason.COMPLETED, null,
				"This task was completed by someone else meanwhile. Reload the session to see what was recorded.");
	}

	public static TaskConflict closed() {
		return new TaskConflict(Reason.CLOSED, null,
				"This task is no longer open: the session was cancelled or moved on meanwhile. "
						+ "Reload the session to see it as it is now.");
	}

	public static TaskConflict claimedBy(String username) {
		return new TaskConflict(Reason.CLAIMED, username,
				"This task is claimed by %s; only they can complete it.".formatted(username));
	}

	public static TaskConflict changed() {
		return new TaskConflict(Reason.CHANGED, null,
				"Someone else changed this session at the same moment. Nothing was recorded; send it again.");
	}

	public Reason reason() {
		return reason;
	}

	/** The username of the administrator who holds the task, when it was claimed. */
	public String claimedBy() {
		return claimedBy;
	}

}
