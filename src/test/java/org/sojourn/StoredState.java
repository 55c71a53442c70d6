package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What Sojourn has stored, as a fingerprint per table: every row of every table of schema {@code app} and the engine's
 * runtime state (tasks with assignee, executions, variables, jobs, subscriptions). Two equal snapshots mean nothing
 * was written in between. The audit trail is left out of the fingerprint on purpose: refused requests to a record
 * are audited by design (with their status); {@link #auditOutcomesSince} reads what was added.
 */
public final class StoredState {

	/** Engine tables and the columns that change when the engine's state of a session changes. */
	private static final Map<String, String> ENGINE = Map.of("act_ru_task", "id_, rev_, assignee_, task_def_key_",
			"act_ru_execution", "id_, rev_, act_id_, is_active_", "act_ru_variable", "id_, rev_, name_",
			"act_ru_job", "id_, rev_", "act_ru_event_subscr", "id_, rev_");

	private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

	private static volatile Map<String, String> appColumns;

	private final Map<String, String> fingerprints;

	private final long auditEntries;

	private StoredState(Map<String, String> fingerprints, long auditEntries) {
		this.fingerprints = fingerprints;
		this.auditEntries = auditEntries;
	}

	public static StoredState of(DataSource dataSource) {
		// Mail asked for earlier is delivered off the request's thread and marks its rows sent when done.
		MailDeliveriesInFlight.awaitNoneAnywhere(java.time.Duration.ofSeconds(30));
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			Map<String, String> fingerprints = new TreeMap<>();
			for (Map.Entry<String, String> table : columnsOf(connection).entrySet()) {
				fingerprints.put("app." + table.getKey(),
						fingerprint(statement, "select " + table.getValue() + " from app." + table.getKey()));
			}
			for (Map.Entry<String, String> engine : ENGINE.entrySet()) {
				fingerprints.put(engine.getKey(),
						fingerprint(statement, "select " + engine.getValue() + " from " + engine.getKey()));
			}
			long audit;
			try (ResultSet count = statement.executeQuery("select count(*) from app.audit_event")) {
				count.next();
				audit = count.getLong(1);
			}
			return new StoredState(fingerprints, audit);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Fails, naming the tables, when anything but the audit trail differs from {@code before}. */
	public void assertUnchangedSince(StoredState before, String what) {
		List<String> changed = new ArrayList<>();
		fingerprints.forEach((table, fingerprint) -> {
			if (!fingerprint.equals(before.fingerprints.get(table))) {
				changed.add(table);
			}
		});
		assertThat(changed).as("tables written by %s, which was refused", what).isEmpty();
	}

	public boolean sameAs(StoredState other) {
		return fingerprints.equals(other.fingerprints);
	}

	public long auditEntries() {
		return auditEntries;
	}

	/** The outcomes of the audit entries written at or after the instant (newest first). */
	public static List<String> auditOutcomesSince(DataSource dataSource, Instant since) {
		return auditSince(dataSource, since).stream().map(AuditRow::outcome).toList();
	}

	/** An entry of the audit trail as the fuzz and refusal tests compare it. */
	public record AuditRow(String actor, String what, String outcome) {
	}

	/** The audit entries written at or after the instant (newest first). */
	public static List<AuditRow> auditSince(DataSource dataSource, Instant since) {
		try (Connection connection = dataSource.getConnection();
				var query = connection.prepareStatement("select actor, what, outcome from app.audit_event "
						+ "where occurred_at >= ? order by occurred_at desc")) {
			query.setTimestamp(1, Timestamp.from(since));
			List<AuditRow> rows = new ArrayList<>();
			try (ResultSet found = query.executeQuery()) {
				while (found.next()) {
					rows.add(new AuditRow(found.getString(1), found.getString(2), found.getString(3)));
				}
			}
			return rows;
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Sojourn's tables do not change while the tests run; reading the database's catalogue each time is slow. */
	private static Map<String, String> columnsOf(Connection connection) throws SQLException {
		Map<String, String> known = appColumns;
		if (known == null) {
			known = appTables(connection);
			appColumns = known;
		}
		return known;
	}

	/**
	 * Sojourn's tables with their columns, binary ones left out: documents are written once with their digest, which
	 * the fingerprint reads instead of the bytes.
	 */
	private static Map<String, String> appTables(Connection connection) throws SQLException {
		Map<String, List<String>> columns = new TreeMap<>();
		DatabaseMetaData metadata = connection.getMetaData();
		try (ResultSet found = metadata.getColumns(null, null, "%", "%")) {
			while (found.next()) {
				String schema = found.getString("TABLE_SCHEM");
				String table = found.getString("TABLE_NAME").toLowerCase();
				int type = found.getInt("DATA_TYPE");
				if ("app".equalsIgnoreCase(schema) && !table.equals("audit_event")
						&& !table.equals("flyway_schema_history") && !BINARY.contains(type)) {
					// Quoted as stored, so that no column name is read as a keyword.
					columns.computeIfAbsent(table, name -> new ArrayList<>())
						.add('"' + found.getString("COLUMN_NAME") + '"');
				}
			}
		}
		Map<String, String> tables = new TreeMap<>();
		columns.forEach((table, names) -> tables.put(table, String.join(", ", names)));
		return tables;
	}

	/** A digest of the rows in any order, each row's values as text. */
	private static String fingerprint(Statement statement, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(query)) {
			ResultSetMetaData columns = result.getMetaData();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= columns.getColumnCount(); column++) {
					Object value = result.getObject(column);
					row.append(value).append('\u001f');
				}
				rows.add(row.toString());
			}
		}
		rows.sort(null);
		return rows.size() + ":" + digest(String.join("\u001e", rows).getBytes(StandardCharsets.UTF_8));
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
