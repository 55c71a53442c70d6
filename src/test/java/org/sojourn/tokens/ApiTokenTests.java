package org.sojourn.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal access tokens: made on the account page after a form sign-in, shown once, and refused once unusable. */
@SojournTest
class ApiTokenTests {

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">(sjt_[A-Za-z0-9_-]+)</code>");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTokenMadeOnTheAccountPageIsShownOnceStoredAsItsDigestAndSignsInTheApiAndEngineRest() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		String secret = make(browser, "practice spreadsheet", "30");

		assertThat(browser.get("/account/tokens").body()).contains("practice spreadsheet").doesNotContain(secret);
		assertThat(jdbc.queryForList("select token_hash from app.api_token where username = ?", String.class,
				facilitator.username()))
			.containsExactly(ApiTokens.digest(secret));
		assertThat(bearer(secret, "/api/sessions").status()).isEqualTo(200);
		assertThat(bearer(secret, "/engine-rest/task").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select last_used_at is not null from app.api_token where username = ?",
				Boolean.class, facilitator.username()))
			.isTrue();
	}

	@Test
	void aTokenIsValidForTheDefaultLifetimeAndNoLongerThanTheMaximum() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		Reply tooLong = browser.submitForm("/account/tokens", "/account/tokens",
				Map.of("name", "forever", "days", "366"));
		assertThat(tooLong.body()).contains("A token lives from 1 to 365 days").doesNotContain("id=\"secret\"");
		make(browser, "default", "");
		Map<String, Object> row = jdbc.queryForMap("select created_at, expires_at from app.api_token where username = ?",
				facilitator.username());
		assertThat(Duration.between(instant(row.get("created_at")), instant(row.get("expires_at"))))
			.isEqualTo(Duration.ofDays(90));
	}

	@Test
	void aRevokedTokenIsAProblem401() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		String secret = make(browser, "to revoke", "30");
		String id = jdbc.queryForObject("select cast(id as varchar(36)) from app.api_token where username = ?", String.class,
				facilitator.username());
		Reply revoked = browser.submitForm("/account/tokens", "/account/tokens/" + id + "/revocation", Map.of());
		assertThat(revoked.body()).contains("The token is revoked");
		assertRefused(bearer(secret, "/api/sessions"));
		assertRefused(bearer(secret, "/engine-rest/task"));
	}

	@Test
	void anExpiredTokenIsAProblem401() {
		CurrentUser facilitator = fixtures.facilitator();
		String secret = make(http().signedIn(facilitator.username()), "expiring", "1");
		jdbc.update("update app.api_token set expires_at = ? where username = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), facilitator.username());
		assertRefused(bearer(secret, "/api/sessions"));
	}

	@Test
	void aDisabledAccountsTokenStopsWorking() {
		CurrentUser facilitator = fixtures.facilitator();
		String secret = make(http().signedIn(facilitator.username()), "before disabling", "30");
		assertThat(bearer(secret, "/api/sessions").status()).isEqualTo(200);
		jdbc.update("update app.account set enabled = false where username = ?", facilitator.username());
		assertRefused(bearer(secret, "/api/sessions"));
	}

	@Test
	void anUnknownOrMalformedTokenIsAProblem401() {
		assertRefused(bearer("sjt_" + "A".repeat(43), "/api/sessions"));
		assertRefused(bearer("not-a-token", "/api/tasks"));
	}

	@Test
	void httpBasicCannotMakeAToken() {
		CurrentUser facilitator = fixtures.facilitator();
		Reply reply = http().basic(facilitator.username())
			.raw("POST", "/account/tokens", Map.of("Content-Type", "application/x-www-form-urlencoded"),
					"name=basic&days=30".getBytes());
		assertThat(reply.status()).isIn(302, 401, 403);
		assertThat(jdbc.queryForObject("select count(*) from app.api_token where username = ?", Integer.class,
				facilitator.username()))
			.isZero();
	}

	@Test
	void nobodyRevokesAnothersToken() {
		CurrentUser owner = fixtures.facilitator();
		String secret = make(http().signedIn(owner.username()), "mine", "30");
		String id = jdbc.queryForObject("select cast(id as varchar(36)) from app.api_token where username = ?", String.class,
				owner.username());
		CurrentUser other = fixtures.facilitator();
		Reply reply = http().signedIn(other.username())
			.submitForm("/account/tokens", "/account/tokens/" + id + "/revocation", Map.of());
		assertThat(reply.body()).contains("No such token");
		assertThat(bearer(secret, "/api/sessions").status()).isEqualTo(200);
	}

	@Test
	void makingAndRevokingATokenAreInTheAuditTrail() {
		CurrentUser facilitator = fixtures.facilitator();
		SojournHttp.Browser browser = http().signedIn(facilitator.username());
		make(browser, "audited", "30");
		String id = jdbc.queryForObject("select cast(id as varchar(36)) from app.api_token where username = ?", String.class,
				facilitator.username());
		browser.submitForm("/account/tokens", "/account/tokens/" + id + "/revocation", Map.of());
		assertThat(jdbc.queryForList("select what from app.audit_event where record_type = 'TOKEN' and "
				+ "record_id = ? and actor = ? order by occurred_at", String.class, UUID.fromString(id), facilitator.username()))
			.containsExactly("API token created", "API token revoked");
	}

	private static Instant instant(Object timestamp) {
		return timestamp instanceof java.time.OffsetDateTime offset ? offset.toInstant()
				: ((Timestamp) timestamp).toInstant();
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

	private String make(SojournHttp.Browser browser, String name, String days) {
		Reply made = browser.submitForm("/account/tokens", "/account/tokens", Map.of("name", name, "days", days));
		assertThat(made.status()).as("%s", made).isEqualTo(200);
		Matcher secret = SECRET.matcher(made.body());
		assertThat(secret.find()).as("the new token is shown: %s", made).isTrue();
		return secret.group(1);
	}

	private Reply bearer(String secret, String path) {
		return http().anonymous().raw("GET", path, Map.of("Authorization", "Bearer " + secret), null);
	}

	private static void assertRefused(Reply reply) {
		assertThat(reply.status()).as("%s", reply).isEqualTo(401);
		assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(reply.body()).contains("Token not accepted");
	}

}
