package org.sojourn.sessions;

public enum SessionStatus {

	ACTIVE, COMPLETED, DENIED, CANCELLED, WITHDRAWN

}
