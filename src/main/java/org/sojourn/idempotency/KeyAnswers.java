package org.sojourn.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** What the filter answers itself: a kept answer again, or a problem about the key, before anything is written. */
final class KeyAnswers {

	/** Tells a client that the answer is the one its first request got, not a new result. */
	static final String REPLAYED = "Idempotent-Replayed";

	private final ObjectMapper json;

	KeyAnswers(ObjectMapper json) {
		this.json = json;
	}

	static StoredAnswer kept(ContentCachingResponseWrapper answer) {
		return new StoredAnswer(answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
				answer.getContentAsByteArray());
	}

	void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = answer.body() == null ? new byte[0] : answer.body();
		if (body.length > 0) {
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

	void invalidKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problem(request, response, HttpStatus.BAD_REQUEST, "The Idempotency-Key is not valid",
				"Send an Idempotency-Key of 1 to 255 visible ASCII characters, such as a random UUID.");
	}

	void tooLarge(HttpServletRequest request, HttpServletResponse response, long maxBody) throws IOException {
		problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The request is too large to be made retryable",
				"A request with an Idempotency-Key may carry at most %d KB; this one is larger. Nothing was changed."
					.formatted(maxBody / 1024));
	}

	void otherRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problem(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "The Idempotency-Key was used for another request",
				"This Idempotency-Key was already used with another body or endpoint. Send a new key for a new request.");
	}

	void inFlight(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problem(request, response, HttpStatus.CONFLICT, "The first request with this key is still running",
				"A request with this Idempotency-Key is still being processed. Retry it in a moment to get its result.");
	}

	void takenOver(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		problem(request, response, HttpStatus.CONFLICT, "A retry took this request over",
				"This request ran so long that a retry with its Idempotency-Key ran instead. Retry to get its result.");
	}

	void changedConcurrently(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		problem(request, response, HttpStatus.CONFLICT, "Changed by someone else",
				"Someone else changed this record at the same time. Reload it and try again.");
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
