package org.sojourn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournApplication;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HTTP sessions live in the database: a second node (a second application on the same database, in this JVM) takes
 * the session cookie of a sign-in on the first, and no longer once the user signed out on the first.
 */
@SojournTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedHttpSessionTests {

	private static final String COOKIE = "SESSION";

	private static final Pattern CSRF = Pattern
		.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Environment environment;

	private ServletWebServerApplicationContext secondNode;

	@BeforeAll
	void startSecondNode() {
		// As command-line arguments, these win over the application's properties files.
		secondNode = (ServletWebServerApplicationContext) new SpringApplicationBuilder(SojournApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
				"--spring.main.banner-mode=off",
				// One JVM keeps one registry of engines by name: the second node's engine must not replace the
				// first's. It needs neither the webapps nor a deployment of its own (the first node deployed).
				"--camunda.bpm.process-engine-name=secondNode", "--camunda.bpm.webapp.enabled=false",
				"--camunda.bpm.auto-deployment-enabled=false");
	}

	@AfterAll
	void stopSecondNode() {
		if (secondNode != null) {
			secondNode.close();
		}
	}

	@Test
	void aSignInOnOneNodeHoldsOnTheOtherUntilSignedOut() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username);
		String session = browser.cookie(COOKIE).orElseThrow(() -> new AssertionError("No session cookie"));

		Reply home = withCookie(secondNode(), "/", session);
		assertThat(home.status()).as("%s", home).isEqualTo(200);
		assertThat(home.body()).contains(username);
		assertThat(sessionsOf(username)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select max_inactive_interval from app.http_session where principal_name = ?",
				Integer.class, username)).as("the idle timeout, in seconds").isEqualTo(30 * 60);

		Reply signOut = browser.submitForm("/", "/logout", Map.of());
		assertThat(signOut.status()).as("%s", signOut).isEqualTo(302);

		Reply afterSignOut = withCookie(secondNode(), "/", session);
		assertThat(afterSignOut.status()).as("%s", afterSignOut).isEqualTo(302);
		assertThat(afterSignOut.location()).endsWith("/login");
		assertThat(sessionsOf(username)).isZero();
	}

	@Test
	void aFormOpenedOnOneNodeIsAcceptedByTheOther() {
		String username = fixtures.facilitator().username();
		Browser browser = SojournHttp.onPort(port).signedIn(username);
		String session = browser.cookie(COOKIE).orElseThrow();
		// The form's CSRF token is kept in the session, so the second node knows it too.
		Reply page = browser.get("/");
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the page has a form: %s", page).isTrue();

		Reply signOut = post(secondNode(), "/logout", session,
				"_csrf=" + URLEncoder.encode(csrf.group(1) != null ? csrf.group(1) : csrf.group(2), StandardCharsets.UTF_8));

		assertThat(signOut.status()).as("%s", signOut).isEqualTo(302);
		assertThat(signOut.location()).contains("/login?logout");
		assertThat(browser.get("/").status()).as("the first node, after signing out on the second").isEqualTo(302);
	}

	private long sessionsOf(String username) {
		return jdbc.queryForObject("select count(*) from app.http_session where principal_name = ?", Long.class,
				username);
	}

	private String secondNode() {
		return "http://localhost:" + secondNode.getWebServer().getPort();
	}

	private static Reply withCookie(String base, String path, String session) {
		return exchange("GET " + path,
				HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", COOKIE + "=" + session).GET());
	}

	private static Reply post(String base, String path, String session, String form) {
		return exchange("POST " + path,
				HttpRequest.newBuilder(URI.create(base + path))
					.header("Cookie", COOKIE + "=" + session)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static Reply exchange(String description, HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.build()
				.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(description, response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(description, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(description, e);
		}
	}

}
