package org.sojourn;

import static org.assertj.core.api.Assertions.assertThatNoException;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every entity's mapping matches the schema Flyway made, on the database of the run (H2, or PostgreSQL with
 * -Ppostgres): what {@code ddl-auto=validate} checked at every start, now checked once per build (the application
 * starts with {@code ddl-auto=none}). A missing table or column, or a column of another type, fails here.
 */
@SojournTest
class SchemaValidationTests {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void theMappingMatchesTheMigratedSchema() {
		assertThatNoException().isThrownBy(
				() -> entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects());
	}

}
