package org.sojourn.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document of a client, its bytes in the database. Only uploads write it; listings read views without the bytes
 * and trash or restore with update queries, so its content is loaded for downloads alone.
 */
@Entity
@Table(name = "client_document")
class ClientDocument {

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	/** Shown and offered as the download's name; never used as a path. */
	@Column(name = "original_name", nullable = false, updatable = false)
	private String originalName;

	@Column(name = "media_type", nullable = false, updatable = false)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "deleted_by")
	private String deletedBy;

	protected ClientDocument() {
	}

	ClientDocument(UUID clientId, String originalName, String mediaType, byte[] content, String sha256,
			String uploadedBy) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.originalName = originalName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	DocumentView view() {
		return new DocumentView(id, originalName, mediaType, sizeBytes, sha256, uploadedBy, uploadedAt, deletedAt,
				deletedBy);
	}

}
