package org.sojourn.bench.driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds many sessions in bulk by copying real ones: template sessions driven through the API to every stage of
 * their lifecycle are cloned, every row that belongs to them (Sojourn's client, session, forms, records and audit
 * events; the engine's executions, tasks, variables, identity links, authorizations, jobs and history), inside
 * PostgreSQL with INSERT ... SELECT over generate_series. An id of a template row becomes md5(id || clone)::uuid in
 * every column that holds it, so the copies reference each other as the originals do; the process definition is
 * referenced, not copied. Time columns move back one minute per clone, so that lists have an order to page in.
 * <p>
 * The copies spread over a statewide practice ({@link Shape}): each clone (one session at every stage) goes to one
 * facilitator and that facilitator's center, so the templates' facilitators, administrators and center (and the
 * center's candidate group) are remapped per clone. The first facilitator and center of the shape are the measured
 * ones (driver 0's facilitator and the practice's center); the others are seeded accounts and centers.
 */
final class Seeder {

	/** Clones (one session at every stage each) per facilitator: 20 clones of 12 stages, 240 sessions. */
	static final int CLONES_PER_FACILITATOR = 20;

	/** Facilitators per center: 10, so a center holds about 2,400 sessions. */
	static final int FACILITATORS_PER_CENTER = 10;

	/** Tables in an order that satisfies their foreign keys, each with the rows of the templates. */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("app.client", "id in (select cid from tpl)");
		TABLES.put("app.service_session", "id in (select sid from tpl)");
		// Byte arrays of the templates' variables (Json form values) and job failures, before the rows naming them.
		TABLES.put("act_ge_bytearray", "id_ in (select bytearray_id_ from act_ru_variable where proc_inst_id_ in "
				+ "(select pid from tpl) union select bytearray_id_ from act_hi_varinst where proc_inst_id_ in "
				+ "(select pid from tpl) union select bytearray_id_ from act_hi_detail where proc_inst_id_ in "
				+ "(select pid from tpl) union select exception_stack_id_ from act_ru_job where process_instance_id_ "
				+ "in (select pid from tpl))");
		TABLES.put("act_ru_execution", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_ru_task", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_ru_variable", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_ru_identitylink", "task_id_ in (select id_ from act_ru_task where proc_inst_id_ in (select pid from tpl))");
		TABLES.put("act_ru_event_subscr", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_ru_job", "process_instance_id_ in (select pid from tpl)");
		TABLES.put("act_ru_authorization", "resource_id_ in (select id_ from act_ru_task where proc_inst_id_ in (select pid from tpl)) or resource_id_ in (select pid from tpl)");
		TABLES.put("act_hi_procinst", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_hi_actinst", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_hi_taskinst", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_hi_varinst", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_hi_identitylink", "root_proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_hi_detail", "proc_inst_id_ in (select pid from tpl)");
		TABLES.put("act_hi_job_log", "process_instance_id_ in (select pid from tpl)");
		TABLES.put("act_hi_op_log", "proc_inst_id_ in (select pid from tpl)");
	}

	record Template(String sessionId) {
	}

	/** The people of the templates: their facilitators, the center's administrators, the center. */
	record People(List<String> facilitators, List<String> administrators, String center) {
	}

	private final Connection connection;

	private final People people;

	private long rebuildNanos;

	Seeder(Connection connection, People people) {
		this.connection = connection;
		this.people = people;
	}

	/** Clones every template {@code copies} times, as clones offset + 1 to offset + copies; answers the rows written. */
	long clone(List<Template> templates, int copies, int offset) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.execute("drop table if exists tpl");
			sql.execute("drop table if exists tpl_ids");
			sql.execute("drop table if exists tpl_people");
			sql.execute("create temp table tpl (sid uuid primary key, cid uuid, pid varchar(64))");
			sql.execute("create temp table tpl_ids (id text primary key)");
			sql.execute("create temp table tpl_people (old text primary key, kind char(1) not null)");
			definePractice(sql);
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into tpl (sid, cid, pid) select s.id, "
				+ "s.client_id, p.proc_inst_id_ from app.service_session s join act_hi_procinst p on p.business_key_ = "
				+ "s.id::text where s.id = ?::uuid")) {
			for (Template template : templates) {
				insert.setString(1, template.sessionId());
				insert.executeUpdate();
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into tpl_people values (?, ?)")) {
			for (String facilitator : people.facilitators()) {
				person(insert, facilitator, "f");
			}
			for (String administrator : people.administrators()) {
				person(insert, administrator, "a");
			}
			person(insert, people.center(), "c");
			person(insert, "center-" + people.center(), "g");
		}
		Map<String, String> tables = new LinkedHashMap<>(TABLES);
		// app.http_session's session_id is a sign-in's, not a service session's.
		for (String appTable : sessionTables().stream().filter(t -> !t.startsWith("http_session")).toList()) {
			// Compared as text: a few tables keep the session id in a column of another type than uuid.
			tables.putIfAbsent("app." + appTable, "session_id::text in (select sid::text from tpl)");
		}
		tables.put("app.audit_event", "record_id in (select sid from tpl) or record_id in (select cid from tpl)");
		try (Statement sql = connection.createStatement()) {
			sql.execute("analyze tpl");
			sql.execute("insert into tpl_ids select sid::text from tpl union select cid::text from tpl "
					+ "union select pid from tpl on conflict do nothing");
			// The templates' rows are found once, into small staging tables: every clone is then made from those,
			// so neither the lookups nor the copies read the big tables a seed has already filled.
			Map<String, String> staged = new LinkedHashMap<>();
			for (Map.Entry<String, String> table : tables.entrySet()) {
				String stage = "stg_" + staged.size();
				sql.execute("drop table if exists " + stage);
				sql.execute("create temp table " + stage + " as select * from " + table.getKey() + " where "
						+ table.getValue());
				staged.put(table.getKey(), stage);
				String id = columns(table.getKey()).containsKey("id_") ? "id_" : "id";
				if (columns(table.getKey()).containsKey(id)) {
					sql.execute("insert into tpl_ids select " + id + "::text from " + stage + " on conflict do nothing");
				}
			}
			sql.execute("analyze tpl_ids");
			sql.execute("analyze tpl_people");
			long rows = new SeededPractice(connection, people).create(offset + 1, offset + copies);
			// Few, big statements whose loss in a crash costs nothing but a new seed: no wait for each WAL flush.
			sql.execute("set synchronous_commit = off");
			try (SuspendedIndexes suspended = SuspendedIndexes.of(connection, staged.keySet())) {
				for (Map.Entry<String, String> table : staged.entrySet()) {
					rows += sql.executeUpdate(copy(table.getKey(), table.getValue(), copies, offset));
				}
				rebuildNanos = suspended.restore();
			}
			finally {
				sql.execute("reset synchronous_commit");
			}
			return rows;
		}
	}

	/** The time the last clone spent recreating the indexes and foreign keys it had dropped, in seconds. */
	double rebuildSeconds() {
		return rebuildNanos / 1e9;
	}

	private static void person(PreparedStatement insert, String old, String kind) throws Exception {
		insert.setString(1, old);
		insert.setString(2, kind);
		insert.executeUpdate();
	}

	/**
	 * SQL functions of a clone's number: its facilitator (clone 1 to 20 the measured one, then seeded ones), its
	 * center (the first ten facilitators the measured center's), and any template person remapped to the clone's.
	 */
	private void definePractice(Statement sql) throws Exception {
		String facilitator = people.facilitators().get(0).replace("'", "''");
		String center = people.center().replace("'", "''");
		sql.execute("create or replace function pg_temp.facilitator_of(c int) returns text language sql immutable as $$"
				+ " select case when (c - 1) / " + CLONES_PER_FACILITATOR + " = 0 then '" + facilitator + "' else "
				+ SeededPractice.FACILITATOR_SQL.formatted("((c - 1) / " + CLONES_PER_FACILITATOR + ")") + " end $$");
		sql.execute("create or replace function pg_temp.center_index(c int) returns int language sql immutable as $$"
				+ " select (c - 1) / " + (CLONES_PER_FACILITATOR * FACILITATORS_PER_CENTER) + " $$");
		sql.execute("create or replace function pg_temp.center_of(c int) returns text language sql immutable as $$"
				+ " select case when pg_temp.center_index(c) = 0 then '" + center + "' else "
				+ SeededPractice.CENTER_SQL.formatted("pg_temp.center_index(c)") + " end $$");
		sql.execute("create or replace function pg_temp.person(v text, c int) returns text language sql stable as $$"
				+ " select case p.kind when 'f' then pg_temp.facilitator_of(c)"
				+ " when 'a' then case when pg_temp.center_index(c) = 0 then v else "
				+ SeededPractice.ADMINISTRATOR_SQL.formatted("pg_temp.center_index(c)") + " end"
				+ " when 'c' then pg_temp.center_of(c) when 'g' then 'center-' || pg_temp.center_of(c) end"
				+ " from tpl_people p where p.old = v $$");
	}

	/** The statement that copies the staged rows of the table, once per clone. */
	private String copy(String table, String stage, int copies, int offset) throws Exception {
		List<String> names = new ArrayList<>();
		List<String> values = new ArrayList<>();
		boolean shiftTimes = !table.equals("act_ru_job");
		for (Map.Entry<String, String> column : columns(table).entrySet()) {
			String name = column.getKey();
			String type = column.getValue();
			names.add(name);
			if (type.equals("uuid") || type.equals("character varying") || type.equals("character")
					|| type.equals("text")) {
				String cast = type.equals("uuid") ? "::uuid" : "::text";
				values.add("case when " + name + "::text in (select id from tpl_ids) then md5(" + name
						+ "::text || ':' || c)::uuid" + cast + " when " + name
						+ "::text in (select old from tpl_people) then pg_temp.person(" + name + "::text, c)" + cast
						+ " else " + name + " end");
			}
			else if (type.startsWith("timestamp") && shiftTimes) {
				values.add(name + " - c * interval '1 minute'");
			}
			else {
				values.add(name);
			}
		}
		return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
				+ " from " + stage + ", generate_series(" + (offset + 1) + ", " + (offset + copies) + ") c";
	}

	private List<String> sessionTables() throws Exception {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = connection.createStatement()
			.executeQuery("select table_name from information_schema.columns where table_schema = 'app' and "
					+ "column_name = 'session_id' order by table_name")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	private Map<String, String> columns(String table) throws Exception {
		String schema = table.contains(".") ? table.substring(0, table.indexOf('.')) : "public";
		String name = table.substring(table.indexOf('.') + 1);
		Map<String, String> columns = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("select column_name, data_type from "
				+ "information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position")) {
			query.setString(1, schema);
			query.setString(2, name);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.put(rows.getString(1), rows.getString(2));
				}
			}
		}
		return columns;
	}

	/**
	 * The secondary indexes and foreign keys of the tables a seed fills, dropped while it copies and recreated after.
	 * Keeping them would cost one random page per index per row (the keys are md5 uuids: no two rows land near each
	 * other, and the engine's tables have up to 14 indexes each against 128 MB of shared buffers) and a lookup per
	 * foreign key per row; building an index from a sort and validating a foreign key with one join cost a fraction of
	 * that. Primary keys and unique constraints stay: they are what the engine relies on against concurrent writers
	 * (Sojourn keeps running during a seed, its job executor polling act_ru_job), and they keep the copy honest. What
	 * is dropped is restored whatever happens to the copy ({@link #close()}); recreating a foreign key validates it
	 * against every row, the seeded ones too.
	 */
	static final class SuspendedIndexes implements AutoCloseable {

		private record Dropped(String table, String name, String definition, boolean foreignKey) {
		}

		private final Connection connection;

		/** What was dropped and is not restored yet, in the order dropped. */
		private final List<Dropped> dropped = new ArrayList<>();

		private boolean restoreTried;

		private SuspendedIndexes(Connection connection) {
			this.connection = connection;
		}

		/** Drops the tables' foreign keys and then their secondary indexes (neither unique nor behind a constraint). */
		static SuspendedIndexes of(Connection connection, java.util.Collection<String> tables) throws Exception {
			SuspendedIndexes suspended = new SuspendedIndexes(connection);
			try {
				suspended.drop(tables);
			}
			catch (Exception | Error e) {
				try {
					suspended.close();
				}
				catch (Exception notRestored) {
					e.addSuppressed(notRestored);
				}
				throw e;
			}
			return suspended;
		}

		private void drop(java.util.Collection<String> tables) throws Exception {
			List<Dropped> found = new ArrayList<>();
			java.sql.Array names = connection.createArrayOf("text", tables.toArray());
			// Definitions are read before anything is dropped, so that nothing is dropped that could not be restored.
			try (PreparedStatement query = connection.prepareStatement("select conrelid::regclass::text, "
					+ "quote_ident(conname), pg_get_constraintdef(oid) from pg_constraint where contype = 'f' and "
					+ "conrelid in (select unnest(?::text[])::regclass) order by 1, 2")) {
				query.setArray(1, names);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						found.add(new Dropped(rows.getString(1), rows.getString(2), rows.getString(3), true));
					}
				}
			}
			try (PreparedStatement query = connection.prepareStatement("select i.indrelid::regclass::text, "
					+ "i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i where i.indrelid in "
					+ "(select unnest(?::text[])::regclass) and not i.indisprimary and not i.indisunique and not exists "
					+ "(select 1 from pg_constraint k where k.conindid = i.indexrelid) order by 1, 2")) {
				query.setArray(1, names);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						found.add(new Dropped(rows.getString(1), rows.getString(2), rows.getString(3), false));
					}
				}
			}
			try (Statement sql = connection.createStatement()) {
				// Each drop commits on its own (the connection is in auto-commit): a table is locked only for its
				// own drop, never while the next waits for Sojourn's transactions to end.
				sql.execute("set lock_timeout = '1min'");
				for (Dropped each : found) {
					sql.execute(each.foreignKey() ? "alter table " + each.table() + " drop constraint " + each.name()
							: "drop index " + each.name());
					dropped.add(each);
				}
			}
		}

		/** Recreates what was dropped, indexes first, then foreign keys (validated); answers the nanoseconds it took. */
		long restore() throws Exception {
			restoreTried = true;
			long started = System.nanoTime();
			List<String> failed = new ArrayList<>();
			Exception first = null;
			try (Statement sql = connection.createStatement()) {
				sql.execute("set maintenance_work_mem = '512MB'");
				List<Dropped> inOrder = new ArrayList<>(dropped.stream().filter(d -> !d.foreignKey()).toList());
				inOrder.addAll(dropped.stream().filter(Dropped::foreignKey).toList());
				for (Dropped each : inOrder) {
					try {
						sql.execute(each.foreignKey() ? "alter table " + each.table() + " add constraint " + each.name()
								+ " " + each.definition() : each.definition());
						dropped.remove(each);
					}
					catch (Exception e) {
						failed.add((each.foreignKey() ? "alter table " + each.table() + " add constraint "
								+ each.name() + " " : "") + each.definition() + ": " + e.getMessage());
						first = first == null ? e : first;
					}
				}
				sql.execute("reset maintenance_work_mem");
				sql.execute("reset lock_timeout");
			}
			if (first != null) {
				throw new IllegalStateException("Not restored after the seed (" + failed.size() + "): "
						+ String.join("; ", failed), first);
			}
			return System.nanoTime() - started;
		}

		/** Restores whatever is still dropped: after a failed copy or drop, the tables are as they were. */
		@Override
		public void close() throws Exception {
			// A restore that failed already said what it could not recreate; a second try would only repeat it.
			if (!dropped.isEmpty() && !restoreTried) {
				restore();
			}
		}

	}

}
