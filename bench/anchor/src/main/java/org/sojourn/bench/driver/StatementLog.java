package org.sojourn.bench.driver;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements a database ran, from PostgreSQL's own log: bench/run sets {@code log_statement = all}
 * on the benchmark's databases, and the log line prefix names the database ({@code %u@%d}). Every statement the
 * server executed for that database is one line, whatever client sent it (the engine's MyBatis, Hibernate, JDBC
 * batches each count per statement). Transaction control (BEGIN, COMMIT, ROLLBACK) is counted apart.
 */
final class StatementLog {

	record Count(long statements, long transactionControl) {

		Count minus(Count other) {
			return new Count(statements - other.statements, transactionControl - other.transactionControl);
		}

	}

	private final Path file;

	StatementLog(Path file) {
		this.file = file;
	}

	/** Where the log ends now: counting later starts from here. */
	long mark() {
		return file.toFile().length();
	}

	/** The statements of the database logged from the mark to the end of the log now. */
	Count since(long mark, String database) {
		Pattern line = Pattern.compile(" \\S+@" + Pattern.quote(database) + " LOG:  (?:execute [^:]*|statement): (.*)");
		long statements = 0;
		long control = 0;
		// Buffered: the log of a run holds many megabytes of SQL, which RandomAccessFile.readLine reads a byte per call.
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
				BufferedReader log = new BufferedReader(
						new InputStreamReader(Channels.newInputStream(channel.position(mark)), StandardCharsets.UTF_8),
						1 << 16)) {
			String raw;
			while ((raw = log.readLine()) != null) {
				var matcher = line.matcher(raw);
				if (matcher.find()) {
					String sql = matcher.group(1).trim().toUpperCase();
					if (sql.equals("BEGIN") || sql.equals("COMMIT") || sql.equals("ROLLBACK")) {
						control++;
					}
					else {
						statements++;
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Count(statements, control);
	}

}
