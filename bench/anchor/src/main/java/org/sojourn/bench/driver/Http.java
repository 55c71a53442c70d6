package org.sojourn.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** One caller of one server: HTTP Basic, a bearer token, or a signed-in browser session (cookies and XSRF). */
final class Http {

	static final ObjectMapper JSON = new ObjectMapper();

	record Reply(int status, String body, long nanos) {

		JsonNode json() {
			try {
				return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		Reply expect(int... statuses) {
			for (int s : statuses) {
				if (s == status) {
					return this;
				}
			}
			throw new IllegalStateException("HTTP " + status + ": " + body);
		}

	}

	private final String base;

	private final CookieManager cookies = new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private String authorization;

	private String xsrf;

	Http(String base) {
		this.base = base;
		// HTTP/1.1 as browsers speak to Sojourn here; the client would otherwise ask each new connection to upgrade to h2c.
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	Http basic(String user, String password) {
		authorization = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	Http bearer(String token) {
		authorization = "Bearer " + token;
		return this;
	}

	/** Posts a page's form, form-encoded, as a browser does. */
	Reply postForm(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return exchange(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** Signs in with the login form, as a browser does; later requests carry the session cookie. */
	Http signIn(String user, String password) {
		String page = send("GET", "/login", null).expect(200).body();
		String csrf = page.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
		String form = Map.of("username", user, "password", password, "_csrf", csrf)
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		int status = exchange(request).status();
		if (status != 302) {
			throw new IllegalStateException("sign-in of " + user + " answered " + status);
		}
		return this;
	}

	/**
	 * Opens Tasklist's page, as a browser does before Tasklist's scripts call the webapps' API: the webapps then hand
	 * out their XSRF cookie, which every change must echo in a header.
	 */
	Http openTasklist() {
		send("GET", "/camunda/app/tasklist/default/", null).expect(200);
		xsrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new IllegalStateException("Tasklist set no XSRF-TOKEN cookie"));
		return this;
	}

	Reply get(String path) {
		return send("GET", path, null);
	}

	Reply post(String path, Object body) {
		return send("POST", path, body);
	}

	Reply send(String method, String path, Object body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (xsrf != null && !method.equals("GET")) {
			builder.header("X-XSRF-TOKEN", xsrf)
				.header("Origin", base)
				.header("Referer", base + "/camunda/app/tasklist/default/");
		}
		if (body == null) {
			builder.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			try {
				builder.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return exchange(builder.build());
	}

	private Reply exchange(HttpRequest request) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body(), System.nanoTime() - started);
		}
		catch (IOException e) {
			throw new UncheckedIOException(request.uri().toString(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
