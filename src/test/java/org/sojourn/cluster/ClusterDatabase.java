package org.sojourn.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL database of the cluster tests, read and written with plain JDBC as an operator's tools would, and
 * dumped and restored with PostgreSQL's own pg_dump and pg_restore. The database must exist, belong to the role the
 * tests log in as, and be empty ({@code .ci/run} creates it fresh; the README says how by hand): the tests never
 * drop or empty a database themselves.
 */
final class ClusterDatabase {

	private final String name;

	private final String host = env("SOJOURN_CLUSTER_DB_HOST", "localhost");

	private final String port = env("SOJOURN_CLUSTER_DB_PORT", "5432");

	private final String user = env("SOJOURN_DB_USER", "sojourn");

	private final String password = env("SOJOURN_DB_PASSWORD", "sojourn");

	private ClusterDatabase(String name) {
		this.name = name;
	}

	/**
	 * The cluster tests' database of that role: {@code ""} for the two nodes' database, {@code "backup"} and
	 * {@code "restored"} for the backup test's, named after the prefix {@code SOJOURN_CLUSTER_DB_PREFIX} (or the
	 * system property {@code sojourn.cluster.db-prefix}; {@code sojourn_cluster} by default, CI's names), so that runs
	 * side by side on one server keep to databases of their own. On the cluster tests' server
	 * (SOJOURN_CLUSTER_DB_HOST, _PORT; SOJOURN_DB_USER, _PASSWORD).
	 */
	static ClusterDatabase forRole(String role) {
		String prefix = System.getProperty("sojourn.cluster.db-prefix",
				env("SOJOURN_CLUSTER_DB_PREFIX", "sojourn_cluster"));
		return new ClusterDatabase(role.isEmpty() ? prefix : prefix + "_" + role);
	}

	String jdbcUrl() {
		return "jdbc:postgresql://%s:%s/%s".formatted(host, port, name);
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	/** Fails unless the database holds no table yet: Sojourn is to create its schema and the engine's from nothing. */
	ClusterDatabase requireEmpty() {
		long tables = count("select count(*) from information_schema.tables where table_schema not in "
				+ "('pg_catalog', 'information_schema')");
		assertThat(tables)
			.as("database %s must be empty (it holds %d tables); recreate it: runuser -u postgres -- psql -c "
					+ "\"drop database if exists %s with (force)\" -c \"create database %s owner %s\"", name, tables,
					name, name, user)
			.isZero();
		return this;
	}

	long count(String sql, Object... parameters) {
		return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
	}

	/** Each row as its column labels (lower case, as PostgreSQL answers them) to values, in the query's order. */
	List<Map<String, Object>> rows(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet result = statement.executeQuery()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int column = 1; column <= columns; column++) {
					row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
				}
				rows.add(row);
			}
			return rows;
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	int update(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	/** pg_dump of the whole database (Sojourn's schema app and the engine's tables) in its custom format. */
	void dumpTo(Path file, Path log) {
		run(log, "pg_dump", "--format=custom", "--file=" + file, "--host=" + host, "--port=" + port,
				"--username=" + user, "--no-password", name);
	}

	/** pg_restore of a dump into this (empty) database, its objects owned by the role the tests log in as. */
	void restoreFrom(Path file, Path log) {
		run(log, "pg_restore", "--exit-on-error", "--no-owner", "--host=" + host, "--port=" + port,
				"--username=" + user, "--no-password", "--dbname=" + name, file.toString());
	}

	private void run(Path log, String... command) {
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("PGPASSWORD", password);
			Process process = builder.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("%s did not finish within 5 minutes; see %s", command[0], log);
			}
			if (process.exitValue() != 0) {
				fail("%s exited with %d:%n%s", String.join(" ", command), process.exitValue(), Files.readString(log));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(command[0] + " could not run (is the PostgreSQL client installed?)", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), user, password);
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

	private static String env(String variable, String otherwise) {
		return Objects.requireNonNullElse(System.getenv(variable), otherwise);
	}

	@Override
	public String toString() {
		return name;
	}

}
