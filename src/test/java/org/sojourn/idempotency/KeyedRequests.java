package org.sojourn.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.identity.CurrentUser;

/** API requests over HTTP Basic with an Idempotency-Key, as a client that retries sends them. */
final class KeyedRequests {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	KeyedRequests(String base) {
		this.base = base;
	}

	Reply post(CurrentUser user, String path, String key, Object body) {
		return send(user, "POST " + path, request(user, path, key).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
	}

	Reply get(CurrentUser user, String path) {
		return send(user, "GET " + path, request(user, path, null).GET());
	}

	/** One file as multipart field "file", between a new random boundary each time, as clients draw them. */
	Reply upload(CurrentUser user, String path, String key, String filename, byte[] content) {
		String boundary = "----retry" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(user, "POST " + path, request(user, path, key)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private HttpRequest.Builder request(CurrentUser user, String path, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(120))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user.username() + ":" + SessionFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (key != null) {
			request.header(IdempotencyFilter.HEADER, key);
		}
		return request;
	}

	private Reply send(CurrentUser user, String description, HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(description + " as " + user.username(), response.statusCode(), response.headers(),
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
