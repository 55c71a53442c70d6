package org.sojourn.servicecenters;

/** What a center invites someone to be. */
public enum CenterRole {

	ADMINISTRATOR, FACILITATOR

}
