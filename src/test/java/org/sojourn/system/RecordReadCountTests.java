package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.StatementCounter;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What one session's record reads of the engine: whether the session waits for its center, and its open tasks with
 * their candidate groups. The tasks' instances are not read for their business keys, as the record asked for the
 * tasks of its own session.
 */
@SojournTest
class RecordReadCountTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void theRecordReadsTheEnginesExecutionsOnlyToKnowWhetherTheSessionWaitsForItsCenter() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		SojournHttp.Door api = SojournHttp.onPort(port).basic(facilitator.username());
		read(api, session);

		String label = read(api, session);

		List<String> sql = counter.sql(label);
		assertThat(sql.stream().filter(s -> s.contains("ACT_RU_TASK"))).as("%s", sql).isNotEmpty();
		assertThat(sql.stream().filter(s -> s.replaceAll("\\s+", " ").contains("from ACT_RU_EXECUTION")))
			.as("%s", sql)
			.hasSize(1);
	}

	private String read(SojournHttp.Door api, UUID session) {
		String label = UUID.randomUUID().toString();
		Reply reply = api.raw("GET", "/api/sessions/" + session,
				Map.of(StatementCounter.HEADER, label, "Accept", "application/json"), null);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		assertThat(reply.json().path("openTasks")).as("%s", reply).isNotEmpty();
		return label;
	}

}
