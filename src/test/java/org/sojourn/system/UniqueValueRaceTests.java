package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two requests that pass the checks together and then race for one unique value in the database: the loser is told
 * so (a 4xx problem, never a 500) and exactly one record exists. Repeated, started by a barrier, so that the race
 * reaches the constraint in some rounds and the check before writing in others.
 */
@SojournTest
class UniqueValueRaceTests {

	private static final int ROUNDS = 12;

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	private ExecutorService pool;

	@BeforeEach
	void start() {
		pool = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void twoRegistrationsOfOneCenterLicenseAtOnceMakeOneCenterAndTellTheOtherWhy() throws Exception {
		CurrentUser operator = fixtures.operator();
		CurrentUser administrator = fixtures.facilitator();
		SojournHttp http = SojournHttp.onPort(port);
		for (int round = 0; round < ROUNDS; round++) {
			String license = SessionFixtures.unique("PSC-race");
			Map<String, Object> center = Map.of("name", SessionFixtures.unique("Race center"), "licenseNumber", license,
					"firstAdministrator", administrator.username());

			List<Reply> replies = together(() -> http.basic(operator.username()).post("/api/centers", center),
					() -> http.basic(operator.username()).post("/api/centers", center));

			assertThat(replies).as("round %d: %s", round, replies).extracting(Reply::status).containsOnlyOnce(201);
			Reply loser = replies.get(0).status() == 201 ? replies.get(1) : replies.get(0);
			assertThat(loser.status()).as("round %d: %s", round, loser).isIn(409, 422);
			assertThat(loser.json().path("detail").asText()).isNotBlank();
			assertThat(jdbc.queryForObject("select count(*) from app.service_center where license_number = ?",
					Integer.class, license)).isEqualTo(1);
		}
	}

	private List<Reply> together(java.util.concurrent.Callable<Reply> first, java.util.concurrent.Callable<Reply> second)
			throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<Reply>> running = new ArrayList<>();
		for (java.util.concurrent.Callable<Reply> request : List.of(first, second)) {
			running.add(pool.submit(() -> {
				start.await(30, TimeUnit.SECONDS);
				return request.call();
			}));
		}
		List<Reply> replies = new ArrayList<>();
		for (Future<Reply> reply : running) {
			replies.add(reply.get(120, TimeUnit.SECONDS));
		}
		return replies;
	}

}
