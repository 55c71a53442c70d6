package org.sojourn.sessions;

public enum ReactionSeverity {

	MILD, MODERATE, SEVERE

}
