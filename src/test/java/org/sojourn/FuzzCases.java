package org.sojourn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;

/**
 * Requests for every operation of the OpenAPI description, each well formed but for (at most) one mutation chosen by
 * a seeded {@link Random}: a wrong Accept or Content-Type, a bad path variable, a bad query (sort, page, size, other
 * parameters), or a body with wrong types, missing, unknown or null fields, huge or control-character strings, bad
 * UUIDs, broken or duplicated JSON, or a broken multipart body. Path and body values come from a {@link FuzzWorld}.
 */
final class FuzzCases {

	static final String BOUNDARY = "sojourn-fuzz-boundary";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> ACCEPTS = List.of("text/html", "application/xml", "text/csv", "application/pdf",
			"image/png", "garbage", "text/html;q=0.9, application/xml", "application/problem+json");

	private static final List<String> CONTENT_TYPES = List.of("*/*", "text/plain", "application/xml", "garbage",
			"multipart/form-data", "application/json", "application/x-www-form-urlencoded", "");

	private static final List<String> BAD_PATH = List.of("not-a-uuid", "null", "%20", "12345", "-1", "2147483648",
			"x".repeat(300), "%E2%98%83", "00000000-0000-0000-0000-000000000000");

	private static final List<String> BAD_SORT = List.of("nosuchfield", "createdAt,desc,desc", ",", "legalName;drop",
			"x".repeat(500), "%00", "createdAt,sideways", "profile.legalName", "id,asc,ignorecase,desc");

	private static final List<String> BAD_NUMBER = List.of("2147483647", "-1", "abc", "1e9", "99999999999", "0",
			"100000", "2147483648", "%00");

	/** One operation of the description. */
	record Operation(String method, String path, JsonNode spec) {

		boolean hasBody() {
			return spec.has("requestBody");
		}

		boolean multipart() {
			return spec.path("requestBody").path("content").has("multipart/form-data");
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	/** One request as sent; {@code mutation} says what was made wrong (or "none"). */
	record Case(CurrentUser user, String method, String path, Map<String, String> headers, byte[] body,
			String mutation) {

		String describe() {
			String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
			return "%s %s as %s [%s] %s %s".formatted(method, path, user.username(), mutation, headers,
					text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text);
		}

	}

	private final JsonNode openApi;

	private final Random random;

	FuzzCases(JsonNode openApi, Random random) {
		this.openApi = openApi;
		this.random = random;
	}

	/** Every operation, in a stable order so that a seed replays the same run. */
	static List<Operation> operations(JsonNode openApi) {
		List<Operation> operations = new ArrayList<>();
		openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields()
			.forEachRemaining(method -> operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
					method.getValue()))));
		operations.sort(Comparator.comparing(Operation::toString));
		return operations;
	}

	Case next(Operation operation, FuzzWorld world) {
		CurrentUser user = pick(world.people());
		String kind = pick(List.of("none", "accept", "content-type", "body", "body", "body", "path", "query", "query"));
		Map<String, String> pathValues = new LinkedHashMap<>();
		for (String name : variables(operation.path())) {
			pathValues.put(name, world.pathValue(name, operation.path(), random));
		}
		if (kind.equals("path") && !pathValues.isEmpty()) {
			String name = pick(new ArrayList<>(pathValues.keySet()));
			pathValues.put(name, random.nextBoolean() ? UUID.randomUUID().toString() : pick(BAD_PATH));
			kind = "path " + name;
		}
		String path = operation.path();
		for (Map.Entry<String, String> variable : pathValues.entrySet()) {
			String value = variable.getValue();
			path = path.replace("{" + variable.getKey() + "}", value.contains("%") ? value : encode(value));
		}
		String query = kind.equals("query") ? badQuery(operation) : "";
		kind = kind.equals("query") ? "query " + query : kind;
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", kind.equals("accept") ? pick(ACCEPTS) : "application/json");
		byte[] body = null;
		if (operation.hasBody()) {
			String taskId = pathValues.getOrDefault("taskId", "");
			if (operation.multipart()) {
				headers.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
				body = multipart("file", "note.txt", "text/plain", "A note.".getBytes(StandardCharsets.UTF_8));
				if (kind.equals("body")) {
					kind = "body " + brokenMultipart(headers);
					body = kind.endsWith("cut off") ? java.util.Arrays.copyOf(body, body.length - 12)
							: kind.endsWith("empty file") ? multipart("file", "empty.txt", "text/plain", new byte[0])
							: kind.endsWith("other part") ? multipart("upload", "note.txt", "text/plain", body)
							: kind.endsWith("odd name") ? multipart("file", "\u0001" + "n".repeat(400) + "\u0000.txt",
									"text/plain", "x".getBytes()) : body;
				}
			}
			else {
				headers.put("Content-Type", "application/json");
				ObjectBody json = new ObjectBody(wellFormed(schema(operation), world, taskId));
				body = kind.equals("body") ? json.mutated(this) : json.bytes();
				kind = kind.equals("body") ? "body " + json.mutation : kind;
			}
			if (kind.equals("content-type")) {
				String type = pick(CONTENT_TYPES);
				if (type.isEmpty()) {
					headers.remove("Content-Type");
				}
				else {
					headers.put("Content-Type", type);
				}
				kind = "content-type " + type;
			}
		}
		return new Case(user, operation.method(), path + query, headers, body, kind);
	}

	// ---- Bodies ----

	private JsonNode schema(Operation operation) {
		return resolve(operation.spec().path("requestBody").path("content").path("application/json").path("schema"));
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
			return openApi.path("components").path("schemas").path(name);
		}
		return schema;
	}

	/** An object that the operation should accept, as far as the schema and the world tell. */
	private Map<String, Object> wellFormed(JsonNode schema, FuzzWorld world, String taskId) {
		Map<String, Object> body = new LinkedHashMap<>();
		schema.path("properties").fields().forEachRemaining(property -> body.put(property.getKey(),
				value(property.getKey(), resolve(property.getValue()), world, taskId)));
		return body;
	}

	private Object value(String name, JsonNode schema, FuzzWorld world, String taskId) {
		return switch (name) {
			case "data" -> world.dataFor(taskId);
			case "changes" -> Map.of("estimatedInitialDoseMg", 21);
			case "target" -> world.doseEstimate.toString();
			case "clientId" -> world.client.toString();
			case "centerId" -> world.center.getId().toString();
			case "user" -> world.invited.username();
			case "firstAdministrator" -> world.administrator.username();
			case "licenseNumber" -> SessionFixtures.unique("PSC");
			case "phone", "emergencyContactPhone" -> "+1 503 555 0100";
			default -> {
				if (schema.has("enum")) {
					List<String> values = new ArrayList<>();
					schema.get("enum").forEach(value -> values.add(value.asText()));
					yield pick(values);
				}
				yield switch (schema.path("type").asText()) {
					case "boolean" -> random.nextBoolean();
					case "integer", "number" -> random.nextInt(100);
					case "object" -> Map.of();
					case "array" -> List.of();
					default -> switch (schema.path("format").asText()) {
						case "uuid" -> UUID.randomUUID().toString();
						case "date" -> "1984-05-17";
						case "date-time" -> Instant.now().minus(1, ChronoUnit.HOURS).toString();
						case "email" -> "fuzz@example.org";
						default -> "Fuzz text " + random.nextInt(1000);
					};
				};
			}
		};
	}

	/** A JSON object body and what was done to it. */
	private static final class ObjectBody {

		private final Map<String, Object> fields;

		private String mutation = "none";

		ObjectBody(Map<String, Object> fields) {
			this.fields = fields;
		}

		byte[] bytes() {
			return write(fields).getBytes(StandardCharsets.UTF_8);
		}

		@SuppressWarnings("unchecked")
		byte[] mutated(FuzzCases cases) {
			String how = cases.pick(List.of("wrong type", "missing", "unknown", "null", "huge", "control", "bad uuid",
					"inner", "whole"));
			List<String> keys = new ArrayList<>(fields.keySet());
			String key = keys.isEmpty() ? "x" : cases.pick(keys);
			Map<String, Object> target = fields;
			if (how.equals("inner") && fields.get(key) instanceof Map<?, ?> inner && !inner.isEmpty()) {
				target = new LinkedHashMap<>((Map<String, Object>) inner);
				fields.put(key, target);
				String innerKey = cases.pick(new ArrayList<>(target.keySet()));
				key = key + "." + innerKey;
				how = cases.pick(List.of("wrong type", "missing", "unknown", "null", "huge", "control"));
				mutation = "inner " + how + " " + key;
				return apply(cases, how, target, innerKey);
			}
			mutation = how + " " + key;
			return apply(cases, how, target, key);
		}

		private byte[] apply(FuzzCases cases, String how, Map<String, Object> target, String key) {
			switch (how) {
				case "wrong type" ->
					target.put(key, cases.pick(List.of(42, -1.5, true, List.of("a"), Map.of("a", 1), "")));
				case "missing" -> target.remove(key);
				case "unknown" -> target.put("unexpected" + cases.random.nextInt(10), "value");
				case "null" -> target.put(key, null);
				case "huge" -> target.put(key, "h".repeat(cases.pick(List.of(4001, 20001, 100_001, 300_000))));
				case "control" -> target.put(key, cases.controlCharacters());
				case "bad uuid" ->
					target.put(key, cases.pick(List.of("not-a-uuid", "1234", "{}", "g" + UUID.randomUUID())));
				default -> {
					String whole = cases.pick(List.of("null", "[]", "42", "\"text\"", "", "truncated", "duplicate",
							"deep", "not utf-8"));
					mutation = "whole " + whole;
					String text = write(fields);
					return switch (whole) {
						case "truncated" -> text.substring(0, cases.random.nextInt(Math.max(1, text.length() - 1)))
							.getBytes(StandardCharsets.UTF_8);
						case "duplicate" -> text.replaceFirst("^\\{(\"[^\"]+\":[^,}]+)", "{$1,$1")
							.getBytes(StandardCharsets.UTF_8);
						case "deep" -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
						case "not utf-8" -> new byte[] { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff,
								(byte) 0xfe, '"', '}' };
						default -> whole.getBytes(StandardCharsets.UTF_8);
					};
				}
			}
			return write(fields).getBytes(StandardCharsets.UTF_8);
		}

	}

	private String controlCharacters() {
		StringBuilder text = new StringBuilder();
		int length = pick(List.of(1, 50, 4000, 20000));
		for (int i = 0; i < length; i++) {
			text.append((char) random.nextInt(0x20));
		}
		return text.toString();
	}

	// ---- Multipart ----

	static byte[] multipart(String part, String fileName, String type, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private String brokenMultipart(Map<String, String> headers) {
		String how = pick(List.of("no boundary", "cut off", "empty file", "other part", "odd name", "wrong boundary"));
		if (how.equals("no boundary")) {
			headers.put("Content-Type", "multipart/form-data");
		}
		if (how.equals("wrong boundary")) {
			headers.put("Content-Type", "multipart/form-data; boundary=another");
		}
		return how;
	}

	// ---- Queries ----

	private String badQuery(Operation operation) {
		List<String> names = new ArrayList<>();
		operation.spec().path("parameters").forEach(parameter -> {
			if (parameter.path("in").asText().equals("query")) {
				names.add(parameter.path("name").asText());
			}
		});
		if (names.isEmpty() || random.nextInt(5) == 0) {
			return "?unexpected=" + encode(pick(List.of("1", "x".repeat(3000), "\u0001")));
		}
		String name = pick(names);
		if (name.equals("pageable")) {
			return switch (random.nextInt(3)) {
				case 0 -> "?sort=" + encodeKeepingPercent(pick(BAD_SORT));
				case 1 -> "?page=" + encodeKeepingPercent(pick(BAD_NUMBER));
				default -> "?size=" + encodeKeepingPercent(pick(BAD_NUMBER));
			};
		}
		String value = pick(List.of("NOPE", "not-a-uuid", "yesterday", "+999999999-01-01T00:00:00Z", "%00",
				"%_", "x".repeat(5000), "\u0001\u0002", UUID.randomUUID().toString(), ""));
		return "?" + name + "=" + encodeKeepingPercent(value);
	}

	// ---- Helpers ----

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static List<String> variables(String path) {
		List<String> names = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** Percent-encodes everything but unreserved characters (RFC 3986), so any text is a valid path or query. */
	private static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

	/** An encoded NUL is sent as it is; anything else is encoded. */
	private static String encodeKeepingPercent(String text) {
		return text.equals("%00") ? text : encode(text);
	}

	private static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
