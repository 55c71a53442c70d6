package org.sojourn.system;

import java.util.Arrays;
import java.util.Optional;
import org.sojourn.sessions.SessionPhase;

/** Words for the pages instead of enum constants. */
final class Labels {

	private Labels() {
	}

	static String phase(SessionPhase phase) {
		return switch (phase) {
			case PREPARATION -> "Preparation";
			case ADMINISTRATION -> "Administration";
			case INTEGRATION -> "Integration";
			case CLOSED -> "Closed";
		};
	}

	/** The phase a page's link names in lower case ("preparation"); nothing for anything else. */
	static Optional<SessionPhase> phaseNamed(String name) {
		return Arrays.stream(SessionPhase.values()).filter(phase -> phase.name().equalsIgnoreCase(name)).findFirst();
	}

}
