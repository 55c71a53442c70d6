package org.sojourn.listing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page a list is shown on: its path and the reader's current choices (its query). A page shown again after a
 * refused form post keeps its path, not the form's, and starts from the default choices.
 */
public record PageAddress(String path, MultiValueMap<String, String> query) {

	public static PageAddress of(String path, HttpServletRequest request) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		if (HttpMethod.GET.matches(request.getMethod())) {
			request.getParameterMap().forEach((name, values) -> query.addAll(name, Arrays.asList(values)));
		}
		return new PageAddress(path, query);
	}

	/** A parameter of the page's query, such as a list's filter; null when it has none. */
	public String first(String parameter) {
		return query.getFirst(parameter);
	}

	/** This page with some parameters replaced (a null value removes one), scrolled to the list's anchor. */
	String with(String anchor, String... namesAndValues) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParams(query);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String value = namesAndValues[i + 1];
			if (value == null) {
				link.replaceQueryParam(namesAndValues[i]);
			}
			else {
				link.replaceQueryParam(namesAndValues[i], value);
			}
		}
		return link.fragment(anchor).build().encode().toUriString();
	}

}
