package org.sojourn.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of many open tasks in one read. The engine's API has only a per-task call
 * (TaskService.getIdentityLinksForTask), which made a task list one query per row; this reads the engine's own
 * identity-link table directly, as that call does, without authorization checks (Sojourn's code runs engine calls
 * without an engine authentication, see the engine notes).
 */
@Component
class CandidateGroups {

	/** Well under every database's limit of bind parameters per statement. */
	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	CandidateGroups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The candidate groups by task id; a task without any is absent. */
	Map<String, List<String>> of(Collection<String> taskIds) {
		Map<String, List<String>> groups = new HashMap<>();
		List<String> ids = List.copyOf(taskIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and GROUP_ID_ "
					+ "is not null and TASK_ID_ in (" + marks + ") order by GROUP_ID_", row -> {
						groups.computeIfAbsent(row.getString(1), task -> new ArrayList<>()).add(row.getString(2));
					}, chunk.toArray());
		}
		return groups;
	}

}
