package org.sojourn.bench.driver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The people of a fresh Sojourn installation: one facilitator per driver and two center administrators, at one
 * service center. Accounts are inserted as the identity module stores them, with bcrypt at Spring Security's default
 * cost (what a real account has), since Sojourn has no API that makes them; the center is then registered, staffed
 * and joined through the API, as people would.
 */
final class Practice {

	static final String PASSWORD = "bench-password-0123456789";

	private final int drivers;

	private final String operatorPassword;

	private final String base;

	private final Map<String, Http> apis = new ConcurrentHashMap<>();

	private final Map<String, Http> browsers = new ConcurrentHashMap<>();

	private String center;

	private final boolean basicOnly = "basic".equals(System.getenv("BENCH_API_AUTH"));

	private volatile boolean tokens = true;

	Practice(int drivers, String base, String operatorPassword) {
		this.drivers = drivers;
		this.base = base;
		this.operatorPassword = operatorPassword;
	}

	String facilitator(int driver) {
		return "bench-facilitator-" + driver;
	}

	String administrator(int driver) {
		return "bench-admin-" + (driver % 2);
	}

	String center() {
		return center;
	}

	/**
	 * The user's API caller, one per user: with a personal access token made on the account's token page after a
	 * form sign-in, as an API user is told to; HTTP Basic (a bcrypt per request) when {@code BENCH_API_AUTH=basic}
	 * or the server has no token page.
	 */
	Http api(String user) {
		return apis.computeIfAbsent(user, u -> {
			Http http = new Http(base);
			String token = basicOnly ? null : token(u);
			return token == null ? http.basic(u, PASSWORD) : http.bearer(token);
		});
	}

	/**
	 * The user's browser with Tasklist open, one per user and signed in once, as a person keeps Tasklist open all
	 * day: the warm-up and every measured round share it, so no round pays a sign-in's password hash.
	 */
	Http tasklist(String user) {
		return browsers.computeIfAbsent(user, u -> new Http(base).signIn(u, PASSWORD).openTasklist());
	}

	/** A caller with HTTP Basic, whatever the API callers use. */
	Http basic(String user) {
		return new Http(base).basic(user, PASSWORD);
	}

	boolean usesTokens() {
		return !basicOnly && tokens;
	}

	private String token(String user) {
		Http browser = new Http(base).signIn(user, PASSWORD);
		Http.Reply page = browser.get("/account/tokens");
		if (page.status() == 404) {
			tokens = false;
			return null;
		}
		String csrf = page.expect(200).body().replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
		Http.Reply made = browser.postForm("/account/tokens", Map.of("name", "benchmark", "days", "1", "_csrf", csrf))
			.expect(200);
		java.util.regex.Matcher secret = java.util.regex.Pattern.compile("(sjt_[A-Za-z0-9_-]+)").matcher(made.body());
		if (!secret.find()) {
			throw new IllegalStateException("no token on the token page of " + user);
		}
		return secret.group(1);
	}

	void create(String jdbcUrl, String user, String password) throws Exception {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
			for (int i = 0; i < drivers; i++) {
				insertAccount(connection, facilitator(i), hash);
				try (PreparedStatement license = connection
					.prepareStatement("insert into app.facilitator (username, license_number) values (?, ?)")) {
					license.setString(1, facilitator(i));
					license.setString(2, "PSF-BENCH-" + i);
					license.executeUpdate();
				}
			}
			insertAccount(connection, administrator(0), hash);
			insertAccount(connection, administrator(1), hash);
		}
		// The operator signs in once with Basic: it makes the center and nothing else.
		Http operator = new Http(base).basic("operator", operatorPassword);
		center = operator
			.post("/api/centers",
					Map.of("name", "Bench Center", "licenseNumber", "PSC-BENCH", "firstAdministrator", administrator(0)))
			.expect(201)
			.json()
			.path("id")
			.asText();
		api(administrator(0)).post("/api/centers/" + center + "/administrators", Map.of("user", administrator(1)))
			.expect(204);
		for (int i = 0; i < drivers; i++) {
			api(administrator(0)).post("/api/centers/" + center + "/invitations", Map.of("user", facilitator(i)))
				.expect(200);
			api(facilitator(i)).post("/api/invitations/" + center + "/accept", null).expect(200);
		}
		// Every driver's token is made now: a token made in a measured round would add its sign-in's bcrypt there.
		for (int i = 0; i < drivers; i++) {
			api(administrator(i));
		}
	}

	private static void insertAccount(Connection connection, String username, String hash) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("insert into app.account (username, password_hash, "
				+ "display_name, email, operator, enabled, created_at) values (?, ?, ?, ?, false, true, ?)")) {
			insert.setString(1, username);
			insert.setString(2, hash);
			insert.setString(3, "Bench " + username);
			insert.setString(4, username + "@example.org");
			insert.setTimestamp(5, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

}
