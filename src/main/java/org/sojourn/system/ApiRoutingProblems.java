package org.sojourn.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals of the API decided while Spring MVC chooses a handler, before any handler of Sojourn is known (an Accept
 * the API cannot answer, a Content-Type it cannot read, a method or path it does not have): the same RFC 9457
 * problems as every other refusal. {@link ApiProblems} handles refusals once a handler is chosen, and a page keeps
 * the server's own error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

	@ExceptionHandler({ HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class,
			HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> refused(Exception e, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// Rethrowing the exception itself hands it on to the next resolver, as if this advice did not exist.
			throw e;
		}
		ErrorResponse refusal = (ErrorResponse) e;
		ProblemDetail problem = refusal.getBody();
		problem.setTitle(switch (refusal.getStatusCode().value()) {
			case 406 -> "Not available in the type asked for";
			case 415 -> "The body's type is not accepted";
			case 405 -> "Not possible with this method";
			default -> "Not found";
		});
		// The type is set rather than negotiated: the Accept may be what could not be answered, or not even parse.
		return ResponseEntity.status(refusal.getStatusCode())
			.headers(refusal.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
