package org.sojourn.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * A client's documents, on behalf of the client's facilitator only. A refused upload stores nothing; a deleted
 * document waits in the trash, restorable, for the configured retention.
 */
@Service
public class ClientDocuments {

	private static final int NAME_LENGTH = 255;

	private final Clients clients;

	private final ClientDocumentRepository documents;

	private final DataSize maxSize;

	private final Duration trashRetention;

	ClientDocuments(Clients clients, ClientDocumentRepository documents,
			@Value("${sojourn.documents.max-size:25MB}") DataSize maxSize,
			@Value("${sojourn.documents.trash-retention:P30D}") Duration trashRetention) {
		this.clients = clients;
		this.documents = documents;
		this.maxSize = maxSize;
		this.trashRetention = trashRetention;
	}

	@Transactional
	public DocumentView upload(String facilitator, UUID clientId, MultipartFile file) {
		clients.requireOwned(facilitator, clientId);
		if (file.isEmpty()) {
			throw DocumentRefused.empty();
		}
		if (file.getSize() > maxSize.toBytes()) {
			throw DocumentRefused.tooLarge(file.getSize(), maxSize.toBytes());
		}
		byte[] content = bytes(file);
		DocumentTypes.Detection type = DocumentTypes.detect(content);
		if (!type.allowed()) {
			throw DocumentRefused.typeNotAllowed(type.mediaType());
		}
		return documents.save(new ClientDocument(clientId, displayName(file.getOriginalFilename()), type.mediaType(),
				content, sha256(content), facilitator))
			.view();
	}

	/**
	 * The refusal of an upload that the servlet container already refused to read, being over its multipart limit
	 * (which sits a little above Sojourn's own, see application.properties): stated with Sojourn's limit.
	 */
	public DocumentRefused tooLargeToRead() {
		return DocumentRefused.tooLargeToRead(maxSize.toBytes());
	}

	@Transactional(readOnly = true)
	public List<DocumentView> list(String facilitator, UUID clientId) {
		clients.requireOwned(facilitator, clientId);
		return documents.listed(clientId);
	}

	@Transactional(readOnly = true)
	public List<DocumentView> trash(String facilitator, UUID clientId) {
		clients.requireOwned(facilitator, clientId);
		return documents.trash(clientId, Instant.now().minus(trashRetention))
			.stream()
			.map(document -> document.withRetention(trashRetention))
			.toList();
	}

	/** The bytes of a document that is not in the trash (restore it first). */
	@Transactional(readOnly = true)
	public DocumentContent content(String facilitator, UUID clientId, UUID documentId) {
		DocumentView document = listedDocument(facilitator, clientId, documentId);
		return new DocumentContent(document.originalName(), document.mediaType(), documents.content(documentId));
	}

	/** One document of the client, in the trash or not, without its bytes. */
	@Transactional(readOnly = true)
	public DocumentView document(String facilitator, UUID clientId, UUID documentId) {
		clients.requireOwned(facilitator, clientId);
		return documents.view(clientId, documentId).orElseThrow(() -> ClientNotFound.forDocument(documentId));
	}

	/** Moves the document to the trash; deleting one already there changes nothing. */
	@Transactional
	public void delete(String facilitator, UUID clientId, UUID documentId) {
		clients.requireOwned(facilitator, clientId);
		DocumentView document = documents.view(clientId, documentId)
			.orElseThrow(() -> ClientNotFound.forDocument(documentId));
		if (!document.inTrash()) {
			documents.moveToTrash(documentId, Instant.now(), facilitator);
		}
	}

	@Transactional
	public DocumentView restore(String facilitator, UUID clientId, UUID documentId) {
		clients.requireOwned(facilitator, clientId);
		DocumentView document = documents.view(clientId, documentId)
			.orElseThrow(() -> ClientNotFound.forDocument(documentId));
		if (document.inTrash()) {
			if (document.deletedAt().plus(trashRetention).isBefore(Instant.now())) {
				throw DocumentRefused.noLongerRecoverable(trashRetention.toDays() + " days");
			}
			documents.restore(documentId);
		}
		return documents.view(clientId, documentId).orElseThrow();
	}

	private DocumentView listedDocument(String facilitator, UUID clientId, UUID documentId) {
		clients.requireOwned(facilitator, clientId);
		return documents.view(clientId, documentId)
			.filter(document -> !document.inTrash())
			.orElseThrow(() -> ClientNotFound.forDocument(documentId));
	}

	/** The name as the person's computer gave it, kept for display only: without control characters, not too long. */
	private static String displayName(String given) {
		String name = given == null ? "" : given.replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "document";
		}
		return name.length() <= NAME_LENGTH ? name : name.substring(name.length() - NAME_LENGTH);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the uploaded file", e);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
