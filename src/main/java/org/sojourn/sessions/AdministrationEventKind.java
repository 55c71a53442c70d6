package org.sojourn.sessions;

public enum AdministrationEventKind {

	BEHAVIORAL_REACTION, MEDICAL_REACTION, TRANSPORT_DEVIATION;

	boolean isReaction() {
		return this != TRANSPORT_DEVIATION;
	}

}
