package org.sojourn.compliance;

import java.util.Map;

/** The regulatory screening table (a DMN decision in the process model): every finding the answers trigger. */
public interface ScreeningTable {

	ScreeningResult evaluate(Map<String, Boolean> answers);

}
