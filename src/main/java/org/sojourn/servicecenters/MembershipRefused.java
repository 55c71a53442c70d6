package org.sojourn.servicecenters;

/** A membership change that cannot be made: unknown person, nothing to accept, not a facilitator. */
public class MembershipRefused extends RuntimeException {

	MembershipRefused(String message) {
		super(message);
	}

}
