package org.sojourn.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.audit.AuditRecordNotFound;
import org.sojourn.clients.ClientDocuments;
import org.sojourn.clients.ClientNotFound;
import org.sojourn.clients.DocumentRefused;
import org.sojourn.clients.LikelyDuplicateClient;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.forms.FormDataInvalid;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.servicecenters.MembershipRefused;
import org.sojourn.servicecenters.RegistrationRefused;
import org.sojourn.sessions.SessionActionRefused;
import org.sojourn.sessions.SessionConflict;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.TaskConflict;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as an RFC 9457 problem, with a message a person understands. It answers for Sojourn's
 * REST controllers, ahead of {@link ApiRoutingProblems}, which answers for refusals made before a handler is chosen;
 * pages answer with Sojourn's error pages instead ({@link PageProblems}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 2)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final ClientDocuments documents;

	ApiProblems(ClientDocuments documents) {
		this.documents = documents;
	}

	@ExceptionHandler(MembershipRefused.class)
	ProblemDetail membershipRefused(MembershipRefused e) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "The membership cannot be changed", e.getMessage());
	}

	@ExceptionHandler(RegistrationRefused.class)
	ProblemDetail registrationRefused(RegistrationRefused e) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "The center cannot be registered", e.getMessage());
	}

	/**
	 * A multipart body that cannot be parsed (no boundary, cut off). An upload over the size limits is a
	 * {@link MaxUploadSizeExceededException}, answered 413 below.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableMultipart(MultipartException e) {
		log.info("Unreadable multipart body refused: {}", e.getMostSpecificCause().getMessage());
		return problem(HttpStatus.BAD_REQUEST, "The request body cannot be read",
				"Send the file as multipart/form-data with a boundary, complete, in the part 'file'.");
	}

	@ExceptionHandler({ ClientNotFound.class, SessionNotFound.class, CenterNotFound.class,
			AuditRecordNotFound.class })
	ProblemDetail notFound(RuntimeException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	/** A likely duplicate is asked about, not refused for good: the same request with the confirmation adds it. */
	@ExceptionHandler(LikelyDuplicateClient.class)
	ProblemDetail likelyDuplicate(LikelyDuplicateClient e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "A likely duplicate client", e.getMessage()
				+ " Through the API: send the same request again with the query parameter confirmDuplicate=true.");
		problem.setProperty("duplicateOf", e.existing());
		problem.setProperty("confirmWith", "confirmDuplicate=true");
		return problem;
	}

	@ExceptionHandler(DocumentRefused.class)
	ProblemDetail documentRefused(DocumentRefused e) {
		String title = switch (e.reason()) {
			case EMPTY -> "The file is empty";
			case TOO_LARGE -> "The file is too large";
			case TYPE_NOT_ALLOWED -> "This kind of file is not accepted";
			case NO_LONGER_RECOVERABLE -> "No longer recoverable";
		};
		return problem(e.reason().status(), title, e.getMessage());
	}

	@ExceptionHandler(FormDataInvalid.class)
	ProblemDetail invalidForm(FormDataInvalid e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The form is not complete or not valid", e.getMessage());
		problem.setProperty("field", e.field());
		return problem;
	}

	@ExceptionHandler(ComplianceViolation.class)
	ProblemDetail violation(ComplianceViolation e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not allowed by the program's rules",
				e.getMessage());
		problem.setProperty("rule", e.rule());
		if (e.field() != null) {
			problem.setProperty("field", e.field());
		}
		return problem;
	}

	@ExceptionHandler(SessionActionRefused.class)
	ProblemDetail actionRefused(SessionActionRefused e) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not possible for this session", e.getMessage());
	}

	@ExceptionHandler(SessionConflict.class)
	ProblemDetail conflict(SessionConflict e) {
		return problem(HttpStatus.CONFLICT, "Not possible in the session's current state", e.getMessage());
	}

	/** Another person acted on the task first; the request changed nothing. */
	@ExceptionHandler(TaskConflict.class)
	ProblemDetail taskConflict(TaskConflict e) {
		String title = switch (e.reason()) {
			case COMPLETED -> "Completed by someone else";
			case CLOSED -> "No longer open";
			case CLAIMED -> "Claimed by someone else";
			case CHANGED -> "Changed by someone else";
		};
		ProblemDetail problem = problem(HttpStatus.CONFLICT, title, e.getMessage());
		problem.setProperty("reason", e.reason().name().toLowerCase());
		if (e.claimedBy() != null) {
			problem.setProperty("claimedBy", e.claimedBy());
		}
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		log.info("Concurrent change refused: {}", e.getMessage());
		return problem(HttpStatus.CONFLICT, "Changed by someone else",
				"Someone else changed this record at the same time. Reload it and try again.");
	}

	/**
	 * A database constraint refused the write at flush or commit. The checks before writing catch what one request
	 * can do wrong; what reaches the constraint is two requests racing for the same unique value (two registrations of
	 * one license number), so the loser learns that, and the transaction has rolled back.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail constraintRefused(DataIntegrityViolationException e) {
		if (ConstraintFailures.isUniqueViolation(e)) {
			log.info("Unique constraint refused a concurrent write: {}", ConstraintFailures.describe(e));
			return problem(HttpStatus.CONFLICT, "Made by someone else at the same time",
					"A record with the same unique value was saved by another request at the same moment. Nothing was "
							+ "changed by this request; reload and check before trying again.");
		}
		log.warn("A constraint refused a write that validation let through: {}", ConstraintFailures.describe(e));
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "The record could not be stored",
				"The data does not fit the record it belongs to. Nothing was changed.");
	}

	/** A role that may not use an endpoint at all (record-level refusals look like 404 instead). */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your role does not allow this.");
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "The request is not valid",
					"'%s' is not a valid %s.".formatted(e.getValue(), name == null ? "value" : name)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request is not valid",
				String.join(" ", errors.stream().map(error -> error.get("message")).toList()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/** An upload beyond even the servlet's multipart limit, which sits a little above Sojourn's own. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "The file is too large",
					documents.tooLargeToRead().getMessage()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "Send a JSON body with the documented fields and value types (dates as 2026-03-01).";
		Throwable cause = e.getMostSpecificCause();
		if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
			detail = "The JSON body names a field twice (%s); give each field once."
				.formatted(parse.getOriginalMessage().substring("Duplicate field ".length()));
		}
		else if (cause instanceof JsonMappingException mapping
				&& TextWithoutNul.MESSAGE.equals(mapping.getOriginalMessage())) {
			detail = TextWithoutNul.MESSAGE;
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request body cannot be read", detail);
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			problem.setProperty("field", field(mapping.getPath()));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/** The JSON path of a field, such as {@code occurredAt} or {@code changes.room}; never a Java class name. */
	private static String field(List<JsonMappingException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JsonMappingException.Reference reference : path) {
			if (reference.getFieldName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
