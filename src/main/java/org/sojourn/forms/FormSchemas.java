package org.sojourn.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The forms shipped in {@code forms/}, by form id: the same files the engine deploys with the process. */
@Component
public class FormSchemas {

	static final String LOCATION = "classpath*:forms/*.form";

	private final Map<String, FormSchema> byId = new HashMap<>();

	private final Map<String, String> fileById = new HashMap<>();

	FormSchemas(ObjectMapper objectMapper) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
			try (InputStream in = resource.getInputStream()) {
				FormSchema schema = FormSchema.parse(objectMapper.readTree(in));
				byId.put(schema.formId(), schema);
				fileById.put(schema.formId(), resource.getFilename());
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read form " + resource, e);
			}
		}
	}

	/** The file name of a form in {@code forms/}, if there is such a form. */
	public Optional<String> fileOf(String formId) {
		return Optional.ofNullable(fileById.get(formId));
	}

	public FormSchema forForm(String formId) {
		return find(formId).orElseThrow(() -> new IllegalStateException("No form " + formId + " in " + LOCATION));
	}

	/** The form, if it is still shipped: a record may name a form that has been renamed or removed since. */
	public Optional<FormSchema> find(String formId) {
		return Optional.ofNullable(byId.get(formId));
	}

}
