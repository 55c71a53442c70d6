package org.sojourn.clients.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.sojourn.clients.ClientDocuments;
import org.sojourn.clients.DocumentContent;
import org.sojourn.clients.DocumentView;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A client's documents: upload, list, download, delete to the trash, restore. */
@RestController
@RequestMapping("/api/clients/{clientId}/documents")
@PreAuthorize("hasRole('FACILITATOR')")
class ClientDocumentController {

	private final ClientDocuments documents;

	private final CurrentUsers users;

	ClientDocumentController(ClientDocuments documents, CurrentUsers users) {
		this.documents = documents;
		this.users = users;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentView> upload(@PathVariable UUID clientId, @RequestParam("file") MultipartFile file) {
		DocumentView document = documents.upload(me(), clientId, file);
		return ResponseEntity
			.created(URI.create("/api/clients/%s/documents/%s/content".formatted(clientId, document.id())))
			.body(document);
	}

	@GetMapping
	List<DocumentView> list(@PathVariable UUID clientId) {
		return documents.list(me(), clientId);
	}

	@GetMapping("/trash")
	List<DocumentView> trash(@PathVariable UUID clientId) {
		return documents.trash(me(), clientId);
	}

	/**
	 * Always an attachment of the type detected at upload, never sniffed or rendered in Sojourn's origin; the
	 * original name goes only into the header, percent-encoded (see attachment). Its type is the document's, any of
	 * the accepted ones.
	 */
	@GetMapping(path = "/{documentId}/content", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> download(@PathVariable UUID clientId, @PathVariable UUID documentId) {
		DocumentContent content = documents.content(me(), clientId, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.mediaType()))
			.contentLength(content.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(content.originalName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content.bytes());
	}

	@DeleteMapping("/{documentId}")
	ResponseEntity<Void> delete(@PathVariable UUID clientId, @PathVariable UUID documentId) {
		documents.delete(me(), clientId, documentId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{documentId}/restore")
	DocumentView restore(@PathVariable UUID clientId, @PathVariable UUID documentId) {
		return documents.restore(me(), clientId, documentId);
	}

	/**
	 * RFC 6266: the name percent-encoded in filename* (RFC 8187), and a plain ASCII stand-in in filename for old
	 * clients. Spring's ContentDisposition would add an RFC 2047 form instead, which RFC 6266 does not allow.
	 */
	static String attachment(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
			}
		}
		String fallback = name.replaceAll("[^A-Za-z0-9._ -]", "_");
		return "attachment; filename=\"%s\"; filename*=UTF-8''%s".formatted(fallback, encoded);
	}

	private String me() {
		return users.current().username();
	}

}
