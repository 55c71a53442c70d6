package org.sojourn.sessions;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The Camunda Form of a task, as JSON, for clients that render forms themselves. */
@RestController
class FormController {

	private final FormSchemas schemas;

	FormController(FormSchemas schemas) {
		this.schemas = schemas;
	}

	@GetMapping(path = "/api/forms/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Resource> form(@PathVariable String formId) {
		return schemas.fileOf(formId)
			.<ResponseEntity<Resource>>map(file -> ResponseEntity.ok(new ClassPathResource("forms/" + file)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
