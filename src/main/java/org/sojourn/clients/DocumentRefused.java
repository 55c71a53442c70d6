package org.sojourn.clients;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/** An upload or restore that Sojourn refuses; nothing was stored or changed. */
public class DocumentRefused extends RuntimeException {

	/** Why, with the status that the API and the pages answer it with. */
	public enum Reason {

		EMPTY(HttpStatus.BAD_REQUEST), TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
		TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE), NO_LONGER_RECOVERABLE(HttpStatus.CONFLICT);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		public HttpStatus status() {
			return status;
		}

	}

	private final Reason reason;

	private DocumentRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	static DocumentRefused empty() {
		return new DocumentRefused(Reason.EMPTY, "The file is empty. Choose a file with content.");
	}

	static DocumentRefused tooLarge(long size, long limit) {
		return new DocumentRefused(Reason.TOO_LARGE, "The file is %s; documents can be at most %s."
			.formatted(megabytes(size), megabytes(limit)));
	}

	/** A file too large for Sojourn to even read (beyond the servlet's multipart limit): its size is unknown. */
	static DocumentRefused tooLargeToRead(long limit) {
		return new DocumentRefused(Reason.TOO_LARGE,
				"This file is larger than %s, the most a document may be.".formatted(megabytes(limit)));
	}

	static DocumentRefused typeNotAllowed(String detected) {
		return new DocumentRefused(Reason.TYPE_NOT_ALLOWED, ("The file's content is %s, whatever its name says. "
				+ "Sojourn keeps PDF, PNG, JPEG, GIF and WebP images, plain text, Word (.doc, .docx) "
				+ "and OpenDocument text and spreadsheets (.odt, .ods).").formatted(detected));
	}

	static DocumentRefused noLongerRecoverable(String retention) {
		return new DocumentRefused(Reason.NO_LONGER_RECOVERABLE,
				"The document was deleted more than %s ago and can no longer be restored.".formatted(retention));
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
	}

}
