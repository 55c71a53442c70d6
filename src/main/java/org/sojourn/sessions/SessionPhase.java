package org.sojourn.sessions;

public enum SessionPhase {

	PREPARATION, ADMINISTRATION, INTEGRATION, CLOSED

}
