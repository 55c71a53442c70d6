package org.sojourn.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every change of a group is in the audit trail, by whom and on which record: the group's own entries, and each
 * participant's session trail says when it joined and left its group. Entries name ids, never a client.
 */
@SojournTest
class GroupAuditTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	GroupAdministrations groups;

	@Autowired
	JdbcTemplate jdbc;

	GroupFixtures groupFixtures;

	@BeforeEach
	void init() {
		groupFixtures = new GroupFixtures(fixtures, groups);
	}

	@Test
	void planningChangingAndCancellingAGroupLeaveEntriesOnTheGroupAndOnEachParticipantsSession() {
		GroupFixtures.Center center = groupFixtures.center(10);
		UUID leaving = groupFixtures.preparedSession(center.facilitator(), center, 20);
		UUID staying = groupFixtures.preparedSession(center.facilitator(), center, 20);
		GroupView group = groupFixtures.plan(center, List.of(center.facilitator().username()), List.of(leaving, staying));

		groups.removeParticipant(center.administrator(), group.id(), leaving);
		groups.changeFacilitators(center.administrator(), group.id(), List.of(center.facilitator().username()));
		groups.cancel(center.administrator(), group.id(), "The room flooded");

		assertThat(entries("GROUP", group.id())).containsExactly("CREATE group administration planned at center "
				+ center.id(), "UPDATE attending facilitators changed", "CANCEL group administration cancelled");
		assertThat(entries("SESSION", leaving)).contains("UPDATE joined group administration " + group.id(),
				"UPDATE left group administration " + group.id());
		assertThat(entries("SESSION", staying)).contains("UPDATE joined group administration " + group.id(),
				"UPDATE left group administration " + group.id() + " (group cancelled)");
		assertThat(jdbc.queryForList("select distinct actor from app.audit_event where record_type = 'GROUP' "
				+ "and record_id = ?", String.class, group.id())).containsExactly(center.administrator().username());
	}

	private List<String> entries(String type, UUID id) {
		return jdbc.queryForList("select action || ' ' || what from app.audit_event where record_type = ? "
				+ "and record_id = ? order by occurred_at, id", String.class, type, id)
			.stream()
			.filter(entry -> !entry.startsWith("READ"))
			.toList();
	}

}
