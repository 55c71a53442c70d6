package org.sojourn.engine;

import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.StaleStateException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether a failure means that another transaction changed the same rows at the same moment, whichever layer noticed:
 * the engine's optimistic locking, Hibernate's versions on Sojourn's rows, or the database itself (a lock wait that
 * timed out, a deadlock, a row changed under a waiting update).
 */
final class ConcurrencyFailures {

	/** Serialization failure or deadlock (both databases), PostgreSQL's deadlock and lock not available. */
	private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03");

	/** H2: a row changed by a transaction committed meanwhile, and a lock wait that timed out. */
	private static final Set<Integer> H2_ERROR_CODES = Set.of(90131, 50200);

	private ConcurrencyFailures() {
	}

	static boolean isConcurrencyFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
					|| cause instanceof StaleStateException || cause instanceof jakarta.persistence.OptimisticLockException
					|| cause instanceof jakarta.persistence.PessimisticLockException
					|| cause instanceof jakarta.persistence.LockTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					if (SQL_STATES.contains(next.getSQLState()) || H2_ERROR_CODES.contains(next.getErrorCode())) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
