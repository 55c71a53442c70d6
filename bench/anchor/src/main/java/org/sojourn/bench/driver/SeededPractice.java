package org.sojourn.bench.driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seeded practice's people and centers, for the clones a seed writes: facilitator k (from 1; 0 is the measured
 * one) with an account and license, accepted at center k / {@link Seeder#FACILITATORS_PER_CENTER}; center m (from
 * 1; 0 is the measured one) with one administrator. Each row is a copy of the measured practice's own (so every
 * column the installation keeps is there as Sojourn wrote it), with its names and ids replaced.
 */
final class SeededPractice {

	/** A seeded facilitator's username, of its index (an SQL expression in %s). */
	static final String FACILITATOR_SQL = "('bench-seed-f' || %s)";

	/** A seeded center's id as text, of its index. */
	static final String CENTER_SQL = "md5('bench-center:' || %s)::uuid::text";

	/** A seeded center's administrator, of the center's index. */
	static final String ADMINISTRATOR_SQL = "('bench-seed-a' || %s)";

	private final Connection connection;

	private final Seeder.People people;

	SeededPractice(Connection connection, Seeder.People people) {
		this.connection = connection;
		this.people = people;
	}

	/** Creates the facilitators and centers of clones {@code from} to {@code to} that do not exist yet; answers the rows. */
	long create(int from, int to) throws Exception {
		int firstFacilitator = Math.max(1, (from - 1) / Seeder.CLONES_PER_FACILITATOR);
		int lastFacilitator = (to - 1) / Seeder.CLONES_PER_FACILITATOR;
		int firstCenter = Math.max(1, firstFacilitator / Seeder.FACILITATORS_PER_CENTER);
		int lastCenter = lastFacilitator / Seeder.FACILITATORS_PER_CENTER;
		String facilitator = quote(people.facilitators().get(0));
		String administrator = quote(people.administrators().get(0));
		String center = quote(people.center());
		String seededFacilitator = FACILITATOR_SQL.formatted("k");
		String seededAdministrator = ADMINISTRATOR_SQL.formatted("k");
		String seededCenter = CENTER_SQL.formatted("k") + "::uuid";
		String centerOfFacilitator = "case when k / " + Seeder.FACILITATORS_PER_CENTER + " = 0 then " + center
				+ "::uuid else " + CENTER_SQL.formatted("(k / " + Seeder.FACILITATORS_PER_CENTER + ")") + "::uuid end";
		String administratorOfFacilitator = "case when k / " + Seeder.FACILITATORS_PER_CENTER + " = 0 then "
				+ administrator + " else " + ADMINISTRATOR_SQL.formatted("(k / " + Seeder.FACILITATORS_PER_CENTER + ")")
				+ " end";
		long rows = 0;
		if (lastCenter >= firstCenter) {
			rows += copy("app.service_center", "id = " + center + "::uuid", firstCenter, lastCenter,
					Map.of("id", seededCenter, "name", "'Seeded Center ' || k", "license_number", "'PSC-SEED-' || k"));
			rows += copy("app.account", "username = " + administrator, firstCenter, lastCenter,
					Map.of("username", seededAdministrator, "display_name", "'Seeded administrator ' || k", "email",
							seededAdministrator + " || '@example.org'"));
			rows += copy("app.center_administrator", "center_id = " + center + "::uuid and username = " + administrator,
					firstCenter, lastCenter, Map.of("center_id", seededCenter, "username", seededAdministrator));
		}
		if (lastFacilitator >= firstFacilitator) {
			rows += copy("app.account", "username = " + facilitator, firstFacilitator, lastFacilitator,
					Map.of("username", seededFacilitator, "display_name", "'Seeded facilitator ' || k", "email",
							seededFacilitator + " || '@example.org'"));
			rows += copy("app.facilitator", "username = " + facilitator, firstFacilitator, lastFacilitator,
					Map.of("username", seededFacilitator, "license_number", "'PSF-SEED-' || k"));
			rows += copy("app.center_facilitator",
					"center_id = " + center + "::uuid and facilitator_username = " + facilitator, firstFacilitator,
					lastFacilitator, Map.of("center_id", centerOfFacilitator, "facilitator_username", seededFacilitator,
							"invited_by", administratorOfFacilitator));
		}
		return rows;
	}

	/** Copies the row {@code where} selects once per k in [from, to], with the columns given replaced. */
	private long copy(String table, String where, int from, int to, Map<String, String> replaced) throws Exception {
		List<String> names = columns(table);
		List<String> values = names.stream().map(name -> replaced.getOrDefault(name, name)).toList();
		try (Statement sql = connection.createStatement()) {
			return sql.executeUpdate("insert into " + table + " (" + String.join(", ", names) + ") select "
					+ String.join(", ", values) + " from " + table + ", generate_series(" + from + ", " + to
					+ ") k where " + where + " on conflict do nothing");
		}
	}

	private List<String> columns(String table) throws Exception {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("select column_name from information_schema.columns "
				+ "where table_schema = ? and table_name = ? order by ordinal_position")) {
			query.setString(1, table.substring(0, table.indexOf('.')));
			query.setString(2, table.substring(table.indexOf('.') + 1));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
