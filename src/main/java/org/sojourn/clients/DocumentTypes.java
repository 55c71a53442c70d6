package org.sojourn.clients;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;

/**
 * Decides a document's media type from its bytes alone; the file name is never consulted. Tika's magic recognises
 * most types; Word's containers (OOXML zip, OLE2) are told apart here by what they contain.
 */
final class DocumentTypes {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String DOC = "application/msword";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	/** Recognised by Tika's magic directly (ODF too, when its "mimetype" entry comes first, as ODF requires). */
	private static final Set<String> BY_MAGIC = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
			"image/webp", "text/plain", ODT, ODS);

	/** An OLE2 directory names its streams in UTF-16LE; Word files have a "WordDocument" stream. */
	private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

	private static final Tika TIKA = new Tika();

	private DocumentTypes() {
	}

	/** The allowed media type of the content, or what the content is when it is not allowed. */
	static Detection detect(byte[] content) {
		String detected = TIKA.detect(content);
		if (BY_MAGIC.contains(detected)) {
			return new Detection(detected, true);
		}
		Optional<String> contained = switch (detected) {
			case "application/zip", "application/x-tika-ooxml" -> zipContainer(content);
			case "application/x-tika-msoffice" -> contains(content, WORD_STREAM) ? Optional.of(DOC) : Optional.empty();
			default -> Optional.empty();
		};
		return contained.map(type -> new Detection(type, true)).orElse(new Detection(detected, false));
	}

	record Detection(String mediaType, boolean allowed) {
	}

	/** Reads the zip's directory only (no entry is inflated but ODF's tiny "mimetype"), from a private temp file. */
	private static Optional<String> zipContainer(byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("sojourn-upload-", ".zip");
			Files.write(file, content);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) {
					return Optional.of(DOCX);
				}
				ZipEntry mimetype = zip.getEntry("mimetype");
				if (mimetype != null && mimetype.getSize() > 0 && mimetype.getSize() <= 100) {
					try (InputStream in = zip.getInputStream(mimetype)) {
						String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
						return Set.of(ODT, ODS).contains(declared) ? Optional.of(declared) : Optional.empty();
					}
				}
				return Optional.empty();
			}
		}
		catch (IOException e) {
			// Not a readable zip after all: not an allowed container.
			return Optional.empty();
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot remove the temporary copy of an upload " + file, e);
		}
	}

	private static boolean contains(byte[] content, byte[] wanted) {
		outer: for (int i = 0; i <= content.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (content[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
