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
 * every column that holds it, so the copies reference each other as the originals do; shared rows (accounts, the
 * center, the process definition) are referenced, not copied. Time columns move back one minute per clone, so that
 * lists have an order to page in.
 */
final class Seeder {

	/** Tables in an order that satisfies their foreign keys, each with the rows of the templates. */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("app.client", "id in (select cid from tpl)");
		TABLES.put("app.service_session", "id in (select sid from tpl)");
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

	private final Connection connection;

	Seeder(Connection connection) {
		this.connection = connection;
	}

	/** Clones every template {@code copies} times; answers the rows written. */
	long clone(List<Template> templates, int copies, int offset) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.execute("drop table if exists tpl");
			sql.execute("drop table if exists tpl_ids");
			sql.execute("create temp table tpl (sid uuid primary key, cid uuid, pid varchar(64))");
			sql.execute("create temp table tpl_ids (id text primary key)");
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into tpl (sid, cid, pid) select s.id, "
				+ "s.client_id, p.proc_inst_id_ from app.service_session s join act_hi_procinst p on p.business_key_ = "
				+ "s.id::text where s.id = ?::uuid")) {
			for (Template template : templates) {
				insert.setString(1, template.sessionId());
				insert.executeUpdate();
			}
		}
		Map<String, String> tables = new LinkedHashMap<>(TABLES);
		// app.http_session's session_id is a sign-in's, not a service session's.
		for (String appTable : sessionTables().stream().filter(t -> !t.startsWith("http_session")).toList()) {
			// Compared as text: a few tables keep the session id in a column of another type than uuid.
			tables.putIfAbsent("app." + appTable, "session_id::text in (select sid::text from tpl)");
		}
		tables.put("app.audit_event", "record_id in (select sid from tpl) or record_id in (select cid from tpl)");
		try (Statement sql = connection.createStatement()) {
			sql.execute("insert into tpl_ids select sid::text from tpl union select cid::text from tpl "
					+ "union select pid from tpl on conflict do nothing");
			for (Map.Entry<String, String> table : tables.entrySet()) {
				String id = columns(table.getKey()).containsKey("id_") ? "id_" : "id";
				if (columns(table.getKey()).containsKey(id)) {
					sql.execute("insert into tpl_ids select " + id + "::text from " + table.getKey() + " where "
							+ table.getValue() + " on conflict do nothing");
				}
			}
			sql.execute("analyze tpl_ids");
			long rows = 0;
			for (Map.Entry<String, String> table : tables.entrySet()) {
				rows += sql.executeUpdate(copy(table.getKey(), table.getValue(), copies, offset));
			}
			return rows;
		}
	}

	private String copy(String table, String where, int copies, int offset) throws Exception {
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
						+ "::text || ':' || c)::uuid" + cast + " else " + name + " end");
			}
			else if (type.startsWith("timestamp") && shiftTimes) {
				values.add(name + " - c * interval '1 minute'");
			}
			else {
				values.add(name);
			}
		}
		return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
				+ " from " + table + ", generate_series(" + (offset + 1) + ", " + (offset + copies) + ") c where ("
				+ where + ")";
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

}
