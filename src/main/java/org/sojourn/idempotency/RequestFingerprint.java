package org.sojourn.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.MediaType;

/**
 * What makes two requests the same request: the method, the path with its query, the body's media type and the body.
 * A multipart body counts by its parts (names, file names, types, contents), since a client that sends it again
 * draws a new boundary between them.
 *
 * @param request the request to hand on: it reads the body that was read here
 * @param hash SHA-256 of all of it, in hex
 */
record RequestFingerprint(HttpServletRequest request, String hash) {

	/**
	 * Empty when the body cannot be read as what it says it is; the request's own handler then refuses it.
	 *
	 * @throws BodyTooLarge when a body read into memory is longer than {@code maxBody} bytes
	 */
	static Optional<RequestFingerprint> of(HttpServletRequest request, long maxBody) throws IOException, BodyTooLarge {
		MessageDigest digest = sha256();
		String mediaType = mediaType(request.getContentType());
		update(digest, request.getMethod() + " " + request.getRequestURI() + "?"
				+ (request.getQueryString() == null ? "" : request.getQueryString()) + "\n" + mediaType + "\n");
		if (mediaType.equals(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			try {
				// The servlet container parses and keeps the parts; the handler reads the same ones.
				for (Part part : request.getParts()) {
					update(digest, part.getName() + "\n" + part.getSubmittedFileName() + "\n" + part.getContentType()
							+ "\n" + part.getSize() + "\n");
					try (InputStream content = part.getInputStream()) {
						digest.update(sha256Of(content));
					}
				}
			}
			catch (IOException | ServletException | IllegalStateException e) {
				return Optional.empty();
			}
			return Optional.of(new RequestFingerprint(request, hex(digest)));
		}
		if (mediaType.equals(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			// The container reads such a body into parameters for the handler.
			new TreeMap<>(request.getParameterMap()).forEach(
					(name, values) -> update(digest, name + "=" + String.join("\u0000", values) + "\n"));
			return Optional.of(new RequestFingerprint(request, hex(digest)));
		}
		if (request.getContentLengthLong() > maxBody) {
			throw new BodyTooLarge(maxBody);
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBody, Integer.MAX_VALUE - 8) + 1);
		if (body.length > maxBody) {
			throw new BodyTooLarge(maxBody);
		}
		digest.update(body);
		return Optional.of(new RequestFingerprint(new ReadBody(request, body), hex(digest)));
	}

	private static String mediaType(String contentType) {
		if (contentType == null) {
			return "";
		}
		int parameters = contentType.indexOf(';');
		return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase();
	}

	private static Charset charset(String encoding) {
		try {
			return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		}
		catch (IllegalArgumentException unknown) {
			return StandardCharsets.UTF_8;
		}
	}

	private static byte[] sha256Of(InputStream content) throws IOException {
		MessageDigest digest = sha256();
		byte[] buffer = new byte[8192];
		for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
			digest.update(buffer, 0, read);
		}
		return digest.digest();
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** A body too long to keep in memory for comparing retries with it. */
	static final class BodyTooLarge extends Exception {

		private final long maxBody;

		BodyTooLarge(long maxBody) {
			super("Body over " + maxBody + " bytes");
			this.maxBody = maxBody;
		}

		long maxBody() {
			return maxBody;
		}

	}

	/** The request with its body already read, read again from memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body was read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
