package org.sojourn.bench.driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/** What a seed made, in one line each: the practice's shape, and proof that a seeded session is alive. */
final class SeedChecks {

	private SeedChecks() {
	}

	/** How the sessions spread over facilitators and centers, and where the measured ones stand. */
	static String shape(Connection connection, String facilitator, String center) throws Exception {
		try (PreparedStatement query = connection.prepareStatement("with f as (select facilitator_username u, count(*) n"
				+ " from app.service_session group by 1), c as (select center_id, count(*) n from app.service_session"
				+ " where center_id is not null group by 1) select (select count(*) from f), (select"
				+ " percentile_disc(0.5) within group (order by n) from f), (select max(n) from f), (select n from f"
				+ " where u = ?), (select count(*) from c), (select percentile_disc(0.5) within group (order by n) from"
				+ " c), (select max(n) from c), (select n from c where center_id = ?::uuid), (select count(*) from"
				+ " act_ru_task), (select count(*) from act_hi_procinst)")) {
			query.setString(1, facilitator);
			query.setString(2, center);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return ("Shape: %,d facilitators (median %,d sessions, largest %,d; the measured `%s` has %,d), %,d "
						+ "centers (median %,d, largest %,d; the measured center has %,d); %,d open tasks, %,d process "
						+ "instances in history.").formatted(row.getLong(1), row.getLong(2), row.getLong(3), facilitator,
								row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8),
								row.getLong(9), row.getLong(10));
			}
		}
	}

	/**
	 * Completes the open first task of a seeded (not a template) session of the measured facilitator through the
	 * API: the clone's engine rows, Sojourn's rows and the authorizations agree, or the completion would fail.
	 */
	static String completeSeededTask(Connection connection, Http api, String facilitator,
			List<Seeder.Template> templates) {
		try (PreparedStatement query = connection.prepareStatement("select t.id_, s.id from act_ru_task t join"
				+ " act_ru_execution e on e.id_ = t.proc_inst_id_ join app.service_session s on s.id::text ="
				+ " e.business_key_ where s.facilitator_username = ? and t.task_def_key_ ="
				+ " 'userTask_recordClientInformation' and not (s.id::text = any (?)) order by s.created_at limit 1")) {
			query.setString(1, facilitator);
			query.setArray(2, connection.createArrayOf("text",
					templates.stream().map(Seeder.Template::sessionId).toArray()));
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					return "Check: **failed**, no seeded session of `" + facilitator + "` has its first task open.";
				}
				String task = row.getString(1);
				String session = row.getString(2);
				api.get("/api/sessions/" + session).expect(200);
				api.post("/api/tasks/" + task + "/completion", Map.of("data", Steps.COMPLETED.get(0).form().get()))
					.expect(204);
				return "Check: a seeded session of `" + facilitator + "` opened (`GET /api/sessions/{id}`) and its "
						+ "first task completed through the API (204).";
			}
		}
		catch (Exception e) {
			return "Check: **failed**, completing a seeded session's task: "
					+ String.valueOf(e.getMessage()).replace('\n', ' ');
		}
	}

}
