package org.sojourn.forms;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

	@GetMapping("/api/forms/{formId}")
	ResponseEntity<?> form(@PathVariable String formId) {
		return schemas.fileOf(formId)
			.<ResponseEntity<?>>map(file -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(new ClassPathResource("forms/" + file)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no form %s.".formatted(formId))));
	}

}
