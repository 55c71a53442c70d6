package org.sojourn.cluster;

import java.util.UUID;

/**
 * A session the tests drive through its plan: who its facilitator is, how many of its acts are done, and where it
 * is to pause ({@link #pauseAt}: the number of acts to do before it waits; the plan's length by default).
 */
final class DrivenSession {

	final UUID id;

	final Plan plan;

	final String facilitator;

	/** The session's place among the sessions of a test, so that its acts go to the nodes in turn. */
	final int index;

	volatile int done;

	volatile int pauseAt;

	/** Why driving it stopped, when an answer was not one the plan allows. */
	volatile String broken;

	DrivenSession(UUID id, Plan plan, String facilitator, int index) {
		this.id = id;
		this.plan = plan;
		this.facilitator = facilitator;
		this.index = index;
		this.pauseAt = plan.acts.size();
	}

	boolean hasActToDo() {
		return broken == null && done < pauseAt;
	}

	Plan.Act nextAct() {
		return plan.acts.get(done);
	}

	@Override
	public String toString() {
		return "session " + id + " (" + plan + ", " + done + "/" + plan.acts.size() + " acts done)";
	}

}
