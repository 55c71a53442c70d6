package org.sojourn.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sojourn.clients.ClientNotesTests.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;

@SojournTest
class ClientDocumentsTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Value("${sojourn.documents.max-size}")
	private DataSize maxSize;

	@Value("${spring.servlet.multipart.max-request-size}")
	private DataSize maxRequestSize;

	@Test
	void uploadedDocumentIsListedWithItsChecksumAndDownloadsAsTheSameBytes() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		ResponseEntity<JsonNode> uploaded = upload(facilitator, client, "intake.pdf", PDF);

		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode document = uploaded.getBody();
		String id = document.path("id").asText();
		assertThat(uploaded.getHeaders().getLocation()).hasToString(documentPath(client, id) + "/content");
		assertThat(document.path("originalName").asText()).isEqualTo("intake.pdf");
		assertThat(document.path("mediaType").asText()).isEqualTo("application/pdf");
		assertThat(document.path("sizeBytes").asLong()).isEqualTo(PDF.length);
		assertThat(document.path("sha256").asText()).isEqualTo(sha256(PDF));
		assertThat(document.path("uploadedBy").asText()).isEqualTo(facilitator.username());
		JsonNode listed = list(facilitator, client).getBody();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).path("sha256").asText()).isEqualTo(sha256(PDF));

		ResponseEntity<byte[]> download = download(facilitator, client, id);

		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getBody()).isEqualTo(PDF);
		assertThat(sha256(download.getBody())).isEqualTo(document.path("sha256").asText());
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(download.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"intake.pdf\"; filename*=UTF-8''intake.pdf");
		assertThat(download.getHeaders().getCacheControl()).contains("no-store");
	}

	@Test
	void originalNameIsKeptButOnlyOfferedPercentEncodedInTheAttachment() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String name = "../../etc/passwd \"quoted\"; x=1 Ünïcødé €.pdf";

		String id = upload(facilitator, client, name, PDF).getBody().path("id").asText();

		assertThat(list(facilitator, client).getBody().get(0).path("originalName").asText()).isEqualTo(name);
		String disposition = download(facilitator, client, id).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).isEqualTo("attachment; filename=\".._.._etc_passwd _quoted__ x_1 _n_c_d_ _.pdf\"; "
				+ "filename*=UTF-8''..%2F..%2Fetc%2Fpasswd%20%22quoted%22%3B%20x%3D1%20%C3%9Cn%C3%AFc%C3%B8d%C3%A9%20"
				+ "%E2%82%AC.pdf");
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
	}

	@ParameterizedTest(name = "{0} is accepted as {1}")
	@CsvSource({ "pdf, application/pdf", "png, image/png", "jpeg, image/jpeg", "gif, image/gif", "webp, image/webp",
			"text, text/plain", "doc, application/msword",
			"docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"odt, application/vnd.oasis.opendocument.text", "ods, application/vnd.oasis.opendocument.spreadsheet" })
	void allowedTypesAreRecognisedByTheirContent(String kind, String mediaType) {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		byte[] content = sample(kind);

		// The name says nothing: only the bytes decide.
		ResponseEntity<JsonNode> uploaded = upload(facilitator, client, "upload.bin", content);

		assertThat(uploaded.getStatusCode()).as("%s", uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(uploaded.getBody().path("mediaType").asText()).isEqualTo(mediaType);
		String id = uploaded.getBody().path("id").asText();
		ResponseEntity<byte[]> download = download(facilitator, client, id);
		assertThat(download.getHeaders().getContentType().toString()).isEqualTo(mediaType);
		assertThat(download.getBody()).isEqualTo(content);
	}

	@Test
	void htmlNamedLikeAPdfIsRefusedAndNothingIsStored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		upload(facilitator, client, "kept.pdf", PDF);
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);

		ResponseEntity<JsonNode> refused = upload(facilitator, client, "report.pdf", html);

		assertProblem(refused, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file's content is text/html");
		assertThat(refused.getBody().path("detail").asText()).contains("PDF");
		assertThat(names(list(facilitator, client).getBody())).containsExactly("kept.pdf");
	}

	@Test
	void executableNamedLikeAPdfIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		byte[] executable = new byte[512];
		executable[0] = 'M';
		executable[1] = 'Z';

		ResponseEntity<JsonNode> refused = upload(facilitator, client, "report.pdf", executable);

		assertProblem(refused, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "whatever its name says");
		assertThat(list(facilitator, client).getBody()).isEmpty();
	}

	@Test
	void otherOfficeContainersAndSvgAreRefusedWhateverTheirName() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		byte[] spreadsheet = zip(false, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
		byte[] archive = zip(false, "notes.txt", "hello");
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);

		assertProblem(upload(facilitator, client, "letter.docx", spreadsheet), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"The file's content is");
		assertProblem(upload(facilitator, client, "letter.odt", archive), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"The file's content is application/zip");
		assertProblem(upload(facilitator, client, "picture.png", svg), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"image/svg+xml");
		assertThat(list(facilitator, client).getBody()).isEmpty();
	}

	@Test
	void emptyFileIsRefusedAndNothingIsStored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		ResponseEntity<JsonNode> refused = upload(facilitator, client, "empty.pdf", new byte[0]);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "The file is empty");
		assertThat(list(facilitator, client).getBody()).isEmpty();
	}

	@Test
	void fileOverTheSizeLimitIsRefusedAndNothingIsStored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		upload(facilitator, client, "kept.pdf", PDF);
		byte[] oversized = new byte[(int) maxSize.toBytes() + 1];
		Arrays.fill(oversized, (byte) 'a');

		ResponseEntity<JsonNode> refused = upload(facilitator, client, "big.txt", oversized);

		assertProblem(refused, HttpStatus.PAYLOAD_TOO_LARGE, "documents can be at most 25 MB");
		assertThat(names(list(facilitator, client).getBody())).containsExactly("kept.pdf");
	}

	@Test
	void uploadOverTheServletsMultipartLimitIsAProblemToo() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		upload(facilitator, client, "kept.pdf", PDF);
		byte[] unreadable = new byte[Math.toIntExact(maxRequestSize.toBytes() + 1)];
		Arrays.fill(unreadable, (byte) 'a');

		ResponseEntity<JsonNode> refused = upload(facilitator, client, "huge.txt", unreadable);

		assertProblem(refused, HttpStatus.PAYLOAD_TOO_LARGE, "This file is larger than 25 MB, the most a document may be.");
		assertThat(names(list(facilitator, client).getBody())).containsExactly("kept.pdf");
	}

	@Test
	void fileOfExactlyTheSizeLimitIsKept() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		byte[] largest = new byte[(int) maxSize.toBytes()];
		Arrays.fill(largest, (byte) 'a');

		ResponseEntity<JsonNode> uploaded = upload(facilitator, client, "largest.txt", largest);

		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(uploaded.getBody().path("sha256").asText()).isEqualTo(sha256(largest));
		assertThat(download(facilitator, client, uploaded.getBody().path("id").asText()).getBody())
			.isEqualTo(largest);
	}

	@Test
	void deletedDocumentGoesToTheTrashAndCanBeRestored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String id = upload(facilitator, client, "consent.pdf", PDF).getBody().path("id").asText();

		ResponseEntity<String> deleted = as(facilitator).exchange(documentPath(client, id), HttpMethod.DELETE, null,
				String.class);

		assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(list(facilitator, client).getBody()).isEmpty();
		JsonNode trash = trash(facilitator, client).getBody();
		assertThat(names(trash)).containsExactly("consent.pdf");
		assertThat(trash.get(0).path("deletedBy").asText()).isEqualTo(facilitator.username());
		OffsetDateTime deletedAt = OffsetDateTime.parse(trash.get(0).path("deletedAt").asText());
		assertThat(OffsetDateTime.parse(trash.get(0).path("recoverableUntil").asText()))
			.isEqualTo(deletedAt.plusDays(30));
		assertProblem(downloadAsJson(facilitator, client, id), HttpStatus.NOT_FOUND, "There is no document " + id);

		ResponseEntity<JsonNode> restored = as(facilitator).postForEntity(documentPath(client, id) + "/restore", null,
				JsonNode.class);

		assertThat(restored.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(restored.getBody().path("deletedAt").isNull()).isTrue();
		assertThat(names(list(facilitator, client).getBody())).containsExactly("consent.pdf");
		assertThat(trash(facilitator, client).getBody()).isEmpty();
		assertThat(download(facilitator, client, id).getBody()).isEqualTo(PDF);
	}

	@Test
	void documentDeletedLongerAgoThanTheRetentionCannotBeRestored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String id = upload(facilitator, client, "old.pdf", PDF).getBody().path("id").asText();
		as(facilitator).delete(documentPath(client, id));
		jdbc.update("update app.client_document set deleted_at = ? where id = ?",
				OffsetDateTime.now(ZoneOffset.UTC).minusDays(31), UUID.fromString(id));

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity(documentPath(client, id) + "/restore", null,
				JsonNode.class);

		assertProblem(refused, HttpStatus.CONFLICT, "more than 30 days ago");
		assertThat(trash(facilitator, client).getBody()).isEmpty();
		assertThat(list(facilitator, client).getBody()).isEmpty();
	}

	@Test
	void documentDeletedJustWithinTheRetentionCanStillBeRestored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String id = upload(facilitator, client, "recent.pdf", PDF).getBody().path("id").asText();
		as(facilitator).delete(documentPath(client, id));
		jdbc.update("update app.client_document set deleted_at = ? where id = ?",
				OffsetDateTime.now(ZoneOffset.UTC).minusDays(29), UUID.fromString(id));

		assertThat(names(trash(facilitator, client).getBody())).containsExactly("recent.pdf");
		assertThat(as(facilitator).postForEntity(documentPath(client, id) + "/restore", null, JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anotherFacilitatorsClientsDocumentsLookMissingAndStayUnchanged() {
		CurrentUser owner = fixtures.facilitator();
		CurrentUser stranger = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		String id = upload(owner, client, "private.pdf", PDF).getBody().path("id").asText();
		String missing = "There is no client " + client;

		assertProblem(upload(stranger, client, "intruder.pdf", PDF), HttpStatus.NOT_FOUND, missing);
		assertProblem(list(stranger, client), HttpStatus.NOT_FOUND, missing);
		assertProblem(trash(stranger, client), HttpStatus.NOT_FOUND, missing);
		assertProblem(downloadAsJson(stranger, client, id), HttpStatus.NOT_FOUND, missing);
		assertProblem(as(stranger).exchange(documentPath(client, id), HttpMethod.DELETE, null, JsonNode.class),
				HttpStatus.NOT_FOUND, missing);
		assertProblem(as(stranger).postForEntity(documentPath(client, id) + "/restore", null, JsonNode.class),
				HttpStatus.NOT_FOUND, missing);
		assertThat(names(list(owner, client).getBody())).containsExactly("private.pdf");
		assertThat(trash(owner, client).getBody()).isEmpty();
	}

	@Test
	void aDocumentIsNotReachableThroughAnotherClientOfTheSameFacilitator() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		UUID otherClient = fixtures.client(facilitator);
		String id = upload(facilitator, client, "first.pdf", PDF).getBody().path("id").asText();

		assertProblem(downloadAsJson(facilitator, otherClient, id), HttpStatus.NOT_FOUND, "There is no document " + id);
		assertProblem(as(facilitator).exchange(documentPath(otherClient, id), HttpMethod.DELETE, null, JsonNode.class),
				HttpStatus.NOT_FOUND, "There is no document " + id);
		assertThat(names(list(facilitator, client).getBody())).containsExactly("first.pdf");
	}

	@Test
	void centerAdministratorsAndOperatorsCannotUseDocuments() {
		CurrentUser owner = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		String id = upload(owner, client, "private.pdf", PDF).getBody().path("id").asText();

		for (CurrentUser outsider : List.of(fixtures.administratorOf(fixtures.center()), fixtures.operator())) {
			assertThat(upload(outsider, client, "intruder.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(list(outsider, client).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(trash(outsider, client).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(downloadAsJson(outsider, client, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(as(outsider).exchange(documentPath(client, id), HttpMethod.DELETE, null, String.class)
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(as(outsider).postForEntity(documentPath(client, id) + "/restore", null, String.class)
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(names(list(owner, client).getBody())).containsExactly("private.pdf");
	}

	@Test
	void uploadWithoutAFileIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("other", "value");

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity(documentsPath(client),
				new HttpEntity<>(body, headers), JsonNode.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(list(facilitator, client).getBody()).isEmpty();
	}

	// ---- Requests ----

	private ResponseEntity<JsonNode> upload(CurrentUser user, UUID client, String name, byte[] bytes) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return as(user).postForEntity(documentsPath(client), new HttpEntity<>(body, headers), JsonNode.class);
	}

	private ResponseEntity<JsonNode> list(CurrentUser user, UUID client) {
		return as(user).getForEntity(documentsPath(client), JsonNode.class);
	}

	private ResponseEntity<JsonNode> trash(CurrentUser user, UUID client) {
		return as(user).getForEntity(documentsPath(client) + "/trash", JsonNode.class);
	}

	private ResponseEntity<byte[]> download(CurrentUser user, UUID client, String id) {
		return as(user).getForEntity(documentPath(client, id) + "/content", byte[].class);
	}

	private ResponseEntity<JsonNode> downloadAsJson(CurrentUser user, UUID client, String id) {
		return as(user).getForEntity(documentPath(client, id) + "/content", JsonNode.class);
	}

	private TestRestTemplate as(CurrentUser user) {
		return restTemplate.withBasicAuth(user.username(), SessionFixtures.PASSWORD);
	}

	private static String documentsPath(UUID client) {
		return "/api/clients/" + client + "/documents";
	}

	private static String documentPath(UUID client, String id) {
		return documentsPath(client) + "/" + id;
	}

	private static List<String> names(JsonNode documents) {
		List<String> names = new ArrayList<>();
		documents.forEach(document -> names.add(document.path("originalName").asText()));
		return names;
	}

	// ---- Sample files, built from bytes: just enough of each format for content detection ----

	private static byte[] sample(String kind) {
		return switch (kind) {
			case "pdf" -> PDF;
			case "png" -> bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R');
			case "jpeg" -> bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1);
			case "gif" -> "GIF89a\1\0\1\0\0\0\0;".getBytes(StandardCharsets.ISO_8859_1);
			case "webp" -> "RIFF\24\0\0\0WEBPVP8 \10\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
			case "text" -> "Session notes, plain text.\nSecond line.\n".getBytes(StandardCharsets.UTF_8);
			case "doc" -> ole2WordDocument();
			case "docx" -> zip(false, "[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
					"word/document.xml", "<w:document/>");
			case "odt" -> zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>");
			case "ods" -> zip(true, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml",
					"<x/>");
			default -> throw new IllegalArgumentException(kind);
		};
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	/** The OLE2 signature and a directory entry naming the "WordDocument" stream (UTF-16LE, as OLE2 names are). */
	private static byte[] ole2WordDocument() {
		byte[] file = new byte[1536];
		byte[] signature = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
		System.arraycopy(signature, 0, file, 0, signature.length);
		byte[] stream = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(stream, 0, file, 1024, stream.length);
		return file;
	}

	/** Entries as name, content pairs; with odf, the first entry is stored uncompressed as ODF requires. */
	private static byte[] zip(boolean odf, String... entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
				ZipEntry entry = new ZipEntry(entries[i]);
				if (odf && i == 0) {
					CRC32 crc = new CRC32();
					crc.update(content);
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(content.length);
					entry.setCrc(crc.getValue());
				}
				zip.putNextEntry(entry);
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
