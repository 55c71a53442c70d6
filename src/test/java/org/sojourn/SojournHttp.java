package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real HTTP against the running application, as a person's client would speak it: HTTP Basic for the API and engine
 * REST, a browser with cookies and form login for pages and the Camunda webapps. Redirects are never followed, so
 * tests see exactly what the server answered.
 */
public final class SojournHttp {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private static final Pattern CSRF_INPUT = Pattern
		.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final String base;

	private SojournHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public static SojournHttp onPort(int port) {
		return new SojournHttp(port);
	}

	public String base() {
		return base;
	}

	/** No credentials and no cookies. */
	public Door anonymous() {
		return new Door(null, null);
	}

	/** HTTP Basic with the fixtures' password. */
	public Door basic(String username) {
		return basic(username, SessionFixtures.PASSWORD);
	}

	public Door basic(String username, String password) {
		return new Door(username, password);
	}

	/** A browser that keeps cookies, not yet signed in. */
	public Browser browser() {
		return new Browser();
	}

	/** A browser signed in through the sign-in form with the fixtures' password; fails when sign-in fails. */
	public Browser signedIn(String username) {
		return signedIn(username, SessionFixtures.PASSWORD);
	}

	/** A browser signed in through the sign-in form with this password; fails when sign-in fails. */
	public Browser signedIn(String username, String password) {
		Browser browser = browser();
		Reply reply = browser.signIn(username, password);
		assertThat(reply.status()).as("form sign-in of %s", username).isEqualTo(302);
		assertThat(reply.location()).as("form sign-in of %s", username).doesNotContain("error");
		return browser;
	}

	/** One answer of the server. */
	public record Reply(String request, int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (JsonProcessingException e) {
				throw new AssertionError(request + " answered no JSON: " + body, e);
			}
		}

		public String location() {
			return headers.firstValue("Location").orElse("");
		}

		/** The "id" of every element of the JSON array at the path ("" for the body itself). */
		public List<String> ids(String arrayField, String idField) {
			JsonNode array = arrayField.isEmpty() ? json() : json().path(arrayField);
			assertThat(array.isArray()).as("%s answers a JSON array at '%s': %s", request, arrayField, body).isTrue();
			List<String> ids = new ArrayList<>();
			array.forEach(element -> ids.add(element.path(idField).asText()));
			return ids;
		}

		@Override
		public String toString() {
			return request + " -> " + status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
		}

	}

	/** Sends requests as one caller. */
	public class Door {

		final HttpClient client;

		private final String authorization;

		Door(String username, String password) {
			this(username, password, null);
		}

		Door(String username, String password, CookieManager cookies) {
			HttpClient.Builder builder = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(30));
			if (cookies != null) {
				builder.cookieHandler(cookies);
			}
			this.client = builder.build();
			this.authorization = username == null ? null
					: "Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		public Reply get(String path) {
			return send("GET", path, null);
		}

		public Reply post(String path, Object json) {
			return send("POST", path, json);
		}

		public Reply put(String path, Object json) {
			return send("PUT", path, json);
		}

		public Reply delete(String path) {
			return send("DELETE", path, null);
		}

		/** Sends the body as JSON (a String is sent as it is). */
		public Reply send(String method, String path, Object json) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(120))
				.header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			if (json == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(asJson(json), StandardCharsets.UTF_8));
			}
			decorate(method, path, request);
			return exchange(method + " " + path, request.build());
		}

		/**
		 * Sends exactly these headers (besides the credentials) and body bytes ({@code null}: none), as a careless or
		 * hostile client would: any Accept, any Content-Type, a body that is not what it claims.
		 */
		public Reply raw(String method, String path, Map<String, String> headers, byte[] body) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(120));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			headers.forEach(request::header);
			request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
			return exchange(method + " " + path + " " + headers, request.build());
		}

		void decorate(String method, String path, HttpRequest.Builder request) {
		}

		Reply exchange(String description, HttpRequest request) {
			try {
				HttpResponse<String> response = client.send(request,
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				return new Reply(description, response.statusCode(), response.headers(),
						response.body() == null ? "" : response.body());
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

	/**
	 * A browser: keeps its cookies, signs in through the form, and sends the Camunda webapps' CSRF header (the value
	 * of their XSRF-TOKEN cookie) and an Origin on modifying requests to their API, as the webapps' own scripts do.
	 */
	public final class Browser extends Door {

		private final CookieManager cookies;

		Browser() {
			this(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
		}

		private Browser(CookieManager cookies) {
			super(null, null, cookies);
			this.cookies = cookies;
		}

		/** GET /login for the form's CSRF token, then POST the form; answers the POST's reply. */
		public Reply signIn(String username, String password) {
			Reply form = get("/login");
			assertThat(form.status()).as("GET /login").isEqualTo(200);
			Matcher matcher = CSRF_INPUT.matcher(form.body());
			assertThat(matcher.find()).as("the sign-in form has a _csrf field: %s", form.body()).isTrue();
			String csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
			String fields = Map.of("username", username, "password", password, "_csrf", csrf)
				.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/login"))
				.timeout(Duration.ofSeconds(120))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(fields))
				.build();
			return exchange("POST /login as " + username, request);
		}

		/**
		 * Submits a form of one of Sojourn's pages as a browser does: opens the page for its CSRF token, then POSTs
		 * the fields form-encoded to the action. Answers the POST's reply.
		 */
		public Reply submitForm(String page, String action, Map<String, String> fields) {
			Reply form = get(page);
			Matcher matcher = CSRF_INPUT.matcher(form.body());
			assertThat(matcher.find()).as("the page %s has a _csrf field: %s", page, form).isTrue();
			Map<String, String> all = new java.util.LinkedHashMap<>(fields);
			all.put("_csrf", matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
			String body = all.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + action))
				.timeout(Duration.ofSeconds(120))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			return exchange("POST " + action, request);
		}

		public Optional<String> cookie(String name) {
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(cookie -> cookie.getName().equals(name))
				.map(HttpCookie::getValue)
				.reduce((first, second) -> second);
		}

		/**
		 * Opens Tasklist's page, as a browser does before Tasklist's scripts call the webapps' API: the webapps then
		 * know the signed-in user (for the engine "default") and hand out their CSRF cookie.
		 */
		public Browser openTasklist() {
			Reply tasklist = get("/camunda/app/tasklist/default/");
			assertThat(tasklist.status()).as("GET Tasklist: %s", tasklist).isEqualTo(200);
			return this;
		}

		/** The webapps' CSRF token (opening Tasklist first when there is none yet). */
		public String webappCsrfToken() {
			if (cookie("XSRF-TOKEN").isEmpty()) {
				openTasklist();
			}
			return cookie("XSRF-TOKEN")
				.orElseThrow(() -> new AssertionError("The webapps set no XSRF-TOKEN cookie"));
		}

		@Override
		void decorate(String method, String path, HttpRequest.Builder request) {
			if (!method.equals("GET") && path.startsWith("/camunda/api/")) {
				cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
				request.header("Origin", base);
				request.header("Referer", base + "/camunda/app/tasklist/default/");
			}
		}

	}

	private static String asJson(Object body) {
		if (body instanceof String text) {
			return text;
		}
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

}
