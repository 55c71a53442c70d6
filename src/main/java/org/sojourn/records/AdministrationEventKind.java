package org.sojourn.records;

public enum AdministrationEventKind {

	BEHAVIORAL_REACTION, MEDICAL_REACTION, TRANSPORT_DEVIATION;

	boolean isReaction() {
		return this != TRANSPORT_DEVIATION;
	}

}
