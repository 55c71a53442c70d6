package org.sojourn.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Group administration rows (V17_1) written as the group core writes them, for tests of what the record and the
 * report read from them: a center's room, a group in it with its attending facilitators, who joined, who left before
 * consumption, who was administered in it.
 */
public final class GroupRows {

	private final JdbcClient jdbc;

	public GroupRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID room(UUID centerId, String name, int maximumOccupancy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into app.room (id, center_id, name, maximum_occupancy, created_at, version)"
				+ " values (?, ?, ?, ?, ?, 0)")
			.params(id, centerId, name, maximumOccupancy, utc(Instant.now()))
			.update();
		return id;
	}

	public UUID group(UUID centerId, UUID room, Instant scheduledAt, String status, String plannedBy,
			List<String> facilitators) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into app.administration_group (id, center_id, room_id, scheduled_at, status, planned_by,"
				+ " planned_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")
			.params(id, centerId, room, utc(scheduledAt), status, plannedBy, utc(scheduledAt.minus(7, ChronoUnit.DAYS)))
			.update();
		for (String facilitator : facilitators) {
			jdbc.sql("insert into app.group_facilitator (group_id, facilitator_username) values (?, ?)")
				.params(id, facilitator)
				.update();
		}
		return id;
	}

	public void joined(UUID group, UUID session) {
		jdbc.sql("insert into app.group_participant (group_id, session_id, current_session_id, joined_at)"
				+ " values (?, ?, ?, ?)")
			.params(group, session, session, utc(Instant.now().minus(2, ChronoUnit.DAYS)))
			.update();
	}

	public void administeredIn(UUID group, UUID session) {
		joined(group, session);
		jdbc.sql("update app.group_participant set administered_at = ? where group_id = ? and session_id = ?")
			.params(utc(Instant.now()), group, session)
			.update();
	}

	public void leftBeforeConsumption(UUID group, UUID session) {
		joined(group, session);
		jdbc.sql("update app.group_participant set current_session_id = null, left_at = ?"
				+ " where group_id = ? and session_id = ?")
			.params(utc(Instant.now().minus(1, ChronoUnit.DAYS)), group, session)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
