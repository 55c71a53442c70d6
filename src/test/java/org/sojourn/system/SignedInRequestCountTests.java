package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Door;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.StatementCounter;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What signing in costs a request, counted in statements and transactions (every one the request runs, from the
 * first filter to the response): the account is read once, by the sign-in, and the rest of the request takes it from
 * there; an API token's request writes nothing when its last use was noted within the minute; its whole sign-in (token,
 * account, roles, centers, the second-factor rule) is one transaction. The counts are exact, so a regression fails here; the rules the reads
 * serve (a disabled account or a revoked token refused at the next request) are proved in ApiTokenTests.
 */
@SojournTest
class SignedInRequestCountTests {

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">(sjt_[A-Za-z0-9_-]+)</code>");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTokenRequestSignsInWithOneTransactionReadsTheAccountOnceAndWritesNothing() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);
		String token = token(http().signedIn(facilitator.username()));
		Door api = http().anonymous();
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

		String label = count(api, "/api/sessions", bearer);

		List<String> sql = counter.sql(label);
		assertThat(reads(sql, "app.account")).as("%s", sql).isEqualTo(1);
		assertThat(reads(sql, "app.center_administrator")).as("%s", sql).isEqualTo(1);
		assertThat(writes(sql)).as("%s", sql).isEmpty();
		// Sign-in (token, account, centers, the second-factor rule), the list itself.
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(2);
		assertThat(counter.statements(label)).as("%s", sql).isEqualTo(5);
	}

	@Test
	void aTokensLastUseIsNotedOnceAMinute() {
		CurrentUser facilitator = fixtures.facilitator();
		String token = token(http().signedIn(facilitator.username()));
		Door api = http().anonymous();
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
		count(api, "/api/sessions", bearer);
		jdbc.update("update app.api_token set last_used_at = ? where username = ?",
				Timestamp.from(Instant.now().minus(2, ChronoUnit.MINUTES)), facilitator.username());

		String label = countOnce(api, "/api/sessions", bearer);

		assertThat(writes(counter.sql(label))).singleElement().asString().contains("app.api_token");
	}

	@Test
	void aCenterAdministratorsTokenRequestTakesTheirCentersFromTheSignIn() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		String token = token(http().signedIn(administrator.username()));

		String label = count(http().anonymous(), "/api/sessions", Map.of("Authorization", "Bearer " + token));

		List<String> sql = counter.sql(label);
		assertThat(reads(sql, "app.account")).as("%s", sql).isEqualTo(1);
		assertThat(reads(sql, "app.center_administrator")).as("%s", sql).isEqualTo(1);
		assertThat(writes(sql)).as("%s", sql).isEmpty();
	}

	@Test
	void anHttpBasicRequestReadsTheAccountOnce() {
		CurrentUser facilitator = fixtures.facilitator();

		String label = count(http().basic(facilitator.username()), "/api/sessions", Map.of());

		List<String> sql = counter.sql(label);
		assertThat(reads(sql, "app.account")).as("%s", sql).isEqualTo(1);
		assertThat(reads(sql, "app.facilitator")).as("%s", sql).isZero();
		assertThat(reads(sql, "app.center_administrator")).as("%s", sql).isEqualTo(1);
		assertThat(writes(sql)).as("%s", sql).isEmpty();
	}

	@Test
	void anHttpBasicRequestWithoutFailedAttemptsReadsItsThrottleOnce() {
		CurrentUser facilitator = fixtures.facilitator();

		String label = count(http().basic(facilitator.username()), "/api/sessions", Map.of());

		List<String> sql = counter.sql(label);
		// The lock check finds no failed attempts, so the success has none to forget and does not look again.
		assertThat(reads(sql, "app.attempt_throttle")).as("%s", sql).isEqualTo(1);
		assertThat(writes(sql)).as("%s", sql).isEmpty();
	}

	@Test
	void anHttpBasicSuccessStillForgetsEarlierFailedAttempts() {
		CurrentUser facilitator = fixtures.facilitator();
		Reply wrong = http().basic(facilitator.username(), "not-the-password-0123456789")
			.raw("GET", "/api/sessions", Map.of("Accept", "application/json"), null);
		assertThat(wrong.status()).as("%s", wrong).isEqualTo(401);
		assertThat(jdbc.queryForObject("select count(*) from app.attempt_throttle where throttle_key = ?", Long.class,
				facilitator.username())).isEqualTo(1);

		countOnce(http().basic(facilitator.username()), "/api/sessions", Map.of());

		assertThat(jdbc.queryForObject("select count(*) from app.attempt_throttle where throttle_key = ?", Long.class,
				facilitator.username())).isZero();
	}

	@Test
	void aPageReadsTheAccountOnceWithItsLicense() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);

		String label = count(http().signedIn(facilitator.username()), "/", Map.of("Accept", "text/html"));

		List<String> sql = counter.sql(label);
		assertThat(reads(sql, "app.account")).as("%s", sql).isEqualTo(1);
		assertThat(reads(sql, "app.facilitator")).as("%s", sql).isZero();
	}

	@Test
	void aPageReadsTheSecondFactorRuleAndTheUserInOneTransaction() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);

		String label = count(http().signedIn(facilitator.username()), "/", Map.of("Accept", "text/html"));

		List<String> sql = counter.sql(label);
		int rule = firstIndex(sql, "app.service_center");
		int account = firstIndex(sql, "app.account");
		assertThat(rule).as("the second-factor rule: %s", sql).isNotNegative();
		assertThat(account).as("the user: %s", sql).isNotNegative();
		assertThat(sql.subList(Math.min(rule, account), Math.max(rule, account)))
			.as("no transaction ends between the rule and the user: %s", sql)
			.doesNotContain(StatementCounter.COMMIT, StatementCounter.ROLLBACK);
		assertThat(reads(sql, "app.account")).as("%s", sql).isEqualTo(1);
		assertThat(reads(sql, "app.center_administrator")).as("%s", sql).isEqualTo(1);
	}

	/** The first statement reading the table (its first FROM), or -1. */
	private static int firstIndex(List<String> sql, String table) {
		for (int i = 0; i < sql.size(); i++) {
			if (reads(List.of(sql.get(i)), table) > 0) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void aTokenRequestForTheTaskListReadsTheTasksTheirSessionsAndTheirClientsInOneTransaction() {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.session(facilitator, null);
		fixtures.session(facilitator, null);
		String token = token(http().signedIn(facilitator.username()));

		String label = count(http().anonymous(), "/api/tasks", Map.of("Authorization", "Bearer " + token));

		List<String> sql = counter.sql(label);
		// Sign-in with the second-factor rule, then the engine's task query, the instances' business keys, the
		// candidate groups and the sessions' clients together: not one engine command each and the groups in
		// auto-commit.
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(2);
		assertThat(sql.stream().filter(s -> s.startsWith("<auto-commit>"))).as("%s", sql).isEmpty();
	}

	@Test
	void aCompletionChecksTheTaskInOneReadOnlyTransactionAndCompletesItInItsOwn() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String token = token(http().signedIn(facilitator.username()));
		String taskId = fixtures.openTask(facilitator, session, org.sojourn.sessions.SessionStep.CLIENT_INFORMATION)
			.id();
		Door api = http().anonymous();
		String label = UUID.randomUUID().toString();
		byte[] body = ("{\"data\":" + json(SessionFixtures.clearScreening()) + "}")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		Reply reply = api.raw("POST", "/api/tasks/" + taskId + "/completion",
				Map.of("Authorization", "Bearer " + token, StatementCounter.HEADER, label, "Content-Type",
						"application/json", "Accept", "application/json"),
				body);

		assertThat(reply.status()).as("%s", reply).isEqualTo(204);
		List<String> sql = counter.sql(label);
		// Sign-in with the second-factor rule, the check that the task is open for the user, the completion.
		assertThat(counter.transactions(label)).as("%s", sql).isEqualTo(3);
		assertThat(sql.stream().filter(s -> s.startsWith("<auto-commit>"))).as("%s", sql).isEmpty();
	}

	private static String json(Map<String, Object> values) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(values);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Queries whose first FROM is the table (a subquery or join reaching it from another table's does not count). */
	private static long reads(List<String> sql, String table) {
		return sql.stream()
			.map(s -> s.toLowerCase().replaceAll("\\s+", " ").replaceFirst("^<auto-commit> ", ""))
			.filter(s -> s.startsWith("select") && s.contains(" from "))
			.filter(s -> s.substring(s.indexOf(" from ") + 6).startsWith(table + " "))
			.count();
	}

	private static List<String> writes(List<String> sql) {
		return sql.stream()
			.map(s -> s.toLowerCase().replaceAll("\\s+", " ").replaceFirst("^<auto-commit> ", ""))
			.filter(s -> s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete"))
			// The HTTP session's last access is Spring Session's own bookkeeping, not the sign-in's.
			.filter(s -> !s.contains("app.http_session"))
			.toList();
	}

	/** The request, counted; asked once before so that a first sign-in's one-off work is not counted. */
	private String count(Door door, String path, Map<String, String> headers) {
		door.raw("GET", path, headers, null);
		return countOnce(door, path, headers);
	}

	private String countOnce(Door door, String path, Map<String, String> headers) {
		String label = UUID.randomUUID().toString();
		Map<String, String> counted = new HashMap<>(headers);
		counted.put(StatementCounter.HEADER, label);
		counted.putIfAbsent("Accept", "application/json");
		Reply reply = door.raw("GET", path, counted, null);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		return label;
	}

	private String token(SojournHttp.Browser browser) {
		Reply made = browser.submitForm("/account/tokens", "/account/tokens", Map.of("name", "counted", "days", "30"));
		Matcher secret = SECRET.matcher(made.body());
		assertThat(secret.find()).as("the new token is shown: %s", made).isTrue();
		return secret.group(1);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
