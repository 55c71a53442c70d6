package org.sojourn.records;

public enum ReactionSeverity {

	MILD, MODERATE, SEVERE

}
