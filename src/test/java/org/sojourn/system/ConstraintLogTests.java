package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write the database refuses must not put the refused row into the log: PostgreSQL's message quotes the whole row
 * ("Failing row contains (...)") and H2's the statement with its values, so a client's name would reach the log
 * through Hibernate's statement logging or through a handler that logs the message. The name is written into the
 * statement, not bound, so that H2 quotes it too (it quotes a statement's literals, not its bound values).
 */
@SojournTest
@ExtendWith(OutputCaptureExtension.class)
class ConstraintLogTests {

	private static final String CLIENT_NAME = "Constance Leakwell";

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aRefusedRowIsLoggedByItsConstraintAndSqlStateWithoutItsValues(CapturedOutput output) {
		Throwable refused = catchThrowable(() -> transactions.executeWithoutResult(status -> entityManager
			.createNativeQuery("insert into app.client (id, facilitator_username, legal_name, date_of_birth, "
					+ "created_at, updated_at, version) values (?, null, '" + CLIENT_NAME + "', date '1980-01-01', ?, ?, 0)")
			.setParameter(1, UUID.randomUUID())
			.setParameter(2, Instant.now())
			.setParameter(3, Instant.now())
			.executeUpdate()));

		assertThat(refused).as("the database refuses a client without a facilitator").isNotNull();
		assertThat(ConstraintFailures.describe(refused)).contains("SQLSTATE 23502").doesNotContain(CLIENT_NAME);
		assertThat(output.getAll()).doesNotContain(CLIENT_NAME);
	}

}
