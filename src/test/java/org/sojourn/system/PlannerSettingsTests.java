package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL every connection of Sojourn's pool plans its queries without parallel workers and prices an index
 * lookup as on a database held in memory: with the server's defaults the engine's task queries read every task of
 * the installation for one page (application-postgres.properties says how much that cost).
 */
@SojournTest
class PlannerSettingsTests {

	@Autowired
	private DataSource dataSource;

	@Test
	void everyPostgresConnectionPlansWithoutParallelWorkersAndWithCheapIndexLookups() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
		}
		JdbcTemplate sql = new JdbcTemplate(dataSource);

		assertThat(sql.queryForObject("show max_parallel_workers_per_gather", String.class)).isEqualTo("0");
		assertThat(sql.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
	}

}
