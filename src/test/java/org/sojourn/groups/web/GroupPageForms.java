package org.sojourn.groups.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;

/**
 * Posts the group pages' forms as a browser does, with a field given more than once where the form has checkboxes
 * of one name (facilitators, sessions), and the CSRF token of the page the form is on.
 */
final class GroupPageForms {

	private static final Pattern CSRF = Pattern
		.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final List<Map.Entry<String, String>> fields = new ArrayList<>();

	static GroupPageForms fields() {
		return new GroupPageForms();
	}

	GroupPageForms with(String name, Object value) {
		fields.add(Map.entry(name, String.valueOf(value)));
		return this;
	}

	GroupPageForms withEach(String name, List<?> values) {
		values.forEach(value -> with(name, value));
		return this;
	}

	/** Opens the page for its CSRF token, then posts the fields to the action. */
	Reply post(Browser browser, String page, String action) {
		Reply form = browser.get(page);
		Matcher matcher = CSRF.matcher(form.body());
		assertThat(matcher.find()).as("the page %s has a _csrf field: %s", page, form).isTrue();
		String csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		all.add(Map.entry("_csrf", csrf));
		String body = all.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.raw("POST", action,
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
				body.getBytes(StandardCharsets.UTF_8));
	}

}
