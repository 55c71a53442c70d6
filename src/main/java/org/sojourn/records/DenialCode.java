package org.sojourn.records;

/** Why services were denied (or ended before administration), as the quarterly report counts them. */
public enum DenialCode {

	SCREENING_HARD_STOP, FACILITATOR_JUDGEMENT, INCOMPLETE_FORMS, CLIENT_WITHDREW, OTHER

}
