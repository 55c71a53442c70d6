package org.sojourn.clients;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A client's document without its bytes; recoverableUntil is set for a document in the trash. */
public record DocumentView(UUID id, String originalName, String mediaType, long sizeBytes, String sha256,
		String uploadedBy, Instant uploadedAt, Instant deletedAt, String deletedBy, Instant recoverableUntil) {

	/** For the repository's queries, which select the stored fields only. */
	DocumentView(UUID id, String originalName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
			Instant uploadedAt, Instant deletedAt, String deletedBy) {
		this(id, originalName, mediaType, sizeBytes, sha256, uploadedBy, uploadedAt, deletedAt, deletedBy, null);
	}

	boolean inTrash() {
		return deletedAt != null;
	}

	DocumentView withRetention(Duration retention) {
		return inTrash() ? new DocumentView(id, originalName, mediaType, sizeBytes, sha256, uploadedBy, uploadedAt,
				deletedAt, deletedBy, deletedAt.plus(retention)) : this;
	}

}
