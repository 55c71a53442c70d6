package org.sojourn.sessions;

/**
 * The orders a page of tasks may be read in from the engine. Each is ended by the task's creation time and then its
 * id, so that pages read one after the other neither repeat nor skip a task.
 */
public enum TaskOrder {

	/** Oldest first; descending, newest first. */
	CREATED,

	/** By the task's name, oldest first among tasks of one name. */
	NAME,

	/**
	 * By who claimed it: unclaimed tasks first, then by the claimer's username, oldest first among tasks of one claimer;
	 * descending, claimers from the last username and unclaimed tasks at the end.
	 */
	ASSIGNEE

}
