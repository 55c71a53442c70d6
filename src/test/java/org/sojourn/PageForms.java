package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;

/** Submits pages' forms from a signed-in {@link Browser}: url-encoded or multipart, with the page's CSRF token. */
public final class PageForms {

	private static final Pattern CSRF = Pattern
		.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final String base;

	private final Browser browser;

	public PageForms(SojournHttp http, Browser browser) {
		this.base = http.base();
		this.browser = browser;
	}

	/** The CSRF token of the first form on the page at the path. */
	public String csrf(String pagePath) {
		Reply page = browser.get(pagePath);
		assertThat(page.status()).as("GET %s", pagePath).isEqualTo(200);
		return csrfOf(pagePath, page.body());
	}

	/** POSTs the fields as a browser posts a form, taking the CSRF token from the page at pagePath first. */
	public Reply post(String pagePath, String action, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf(pagePath));
		String body = all.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.exchange("POST " + action, java.net.http.HttpRequest
			.newBuilder(URI.create(base + action))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * POSTs one file as multipart/form-data field "file", as a browser posts the page's form for the action: to the
	 * action as the page writes it (with its query, where the form has one) and with the page's CSRF token as a field.
	 */
	public Reply upload(String pagePath, String action, String filename, byte[] content) {
		Reply page = browser.get(pagePath);
		assertThat(page.status()).as("GET %s", pagePath).isEqualTo(200);
		Matcher form = Pattern.compile("<form[^>]*action=\"(" + Pattern.quote(action) + "(?:\\?[^\"]*)?)\"")
			.matcher(page.body());
		String target = form.find() ? form.group(1).replace("&amp;", "&") : action;
		return multipart(action, target, csrfOf(pagePath, page.body()), filename, content);
	}

	/**
	 * POSTs one file as {@link #upload} does, to an action the page at pagePath has no form for, with the page's CSRF
	 * token in the action's query as well as in the body (as the client page's upload form sends it).
	 */
	public Reply uploadWithTokenInQuery(String pagePath, String action, String filename, byte[] content) {
		String csrf = csrf(pagePath);
		return multipart(action, action + "?_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8), csrf, filename,
				content);
	}

	private Reply multipart(String action, String target, String csrf, String filename, byte[] content) {
		String boundary = "----sojourn" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return browser.exchange("POST " + action, java.net.http.HttpRequest
			.newBuilder(URI.create(base + target))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private static String csrfOf(String pagePath, String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("%s has a form with a _csrf field", pagePath).isTrue();
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}

}
