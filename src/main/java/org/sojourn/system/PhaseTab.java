package org.sojourn.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sojourn.listing.ListPage;
import org.sojourn.sessions.SessionPhase;

/** One tab over a list of sessions: all of them, or those in one phase, with how many there are. */
record PhaseTab(String label, String link, long count, boolean current) {

	/** How many sessions the list shows with this tab chosen: all of them, or those in the phase. */
	static long sessionsIn(Map<SessionPhase, Long> perPhase, SessionPhase chosen) {
		return chosen == null ? perPhase.values().stream().mapToLong(Long::longValue).sum()
				: perPhase.getOrDefault(chosen, 0L);
	}

	/** "All" and then every phase, in the process's order; each tab shows its list from the first page. */
	static List<PhaseTab> over(ListPage<?> sessions, Map<SessionPhase, Long> perPhase, SessionPhase chosen) {
		List<PhaseTab> tabs = new ArrayList<>();
		tabs.add(new PhaseTab("All", sessions.filterLink("phase", null), sessionsIn(perPhase, null),
				chosen == null));
		for (SessionPhase phase : SessionPhase.values()) {
			tabs.add(new PhaseTab(Labels.phase(phase),
					sessions.filterLink("phase", phase.name().toLowerCase(Locale.ROOT)),
					perPhase.getOrDefault(phase, 0L), phase == chosen));
		}
		return tabs;
	}

}
