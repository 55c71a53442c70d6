package org.sojourn.system;

import java.sql.SQLException;

/**
 * What may be logged of a write a database constraint refused: the constraint's name and the SQLSTATE, never the
 * database's message, which quotes the refused row (PostgreSQL's "Failing row contains (...)", H2's statement with
 * its values) and so a client's name or health information.
 */
final class ConstraintFailures {

	/** SQLSTATE 23505, the standard's unique violation, which PostgreSQL and H2 both report. */
	private static final String UNIQUE_VIOLATION = "23505";

	private ConstraintFailures() {
	}

	static boolean isUniqueViolation(Throwable failure) {
		return UNIQUE_VIOLATION.equals(sqlState(failure));
	}

	/** For a log line: "constraint X (SQLSTATE 23505)", with nothing of the row. */
	static String describe(Throwable failure) {
		String constraint = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
					&& violation.getConstraintName() != null) {
				constraint = violation.getConstraintName();
				break;
			}
		}
		String state = sqlState(failure);
		return "constraint %s (SQLSTATE %s)".formatted(constraint == null ? "unnamed" : constraint,
				state == null ? "unknown" : state);
	}

	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

}
