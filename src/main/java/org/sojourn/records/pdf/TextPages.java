package org.sojourn.records.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Pages of plain text: a title, headings, rows of label and value, wrapped lines, a new page whenever one is full and
 * a footer on every page. Only Helvetica of the standard 14 fonts is used, so nothing is embedded; a character it
 * cannot encode (WinAnsiEncoding) is printed as '?', so that no text can make a page fail.
 */
final class TextPages implements Closeable {

	private static final PDRectangle PAGE = PDRectangle.LETTER;

	private static final float MARGIN = 54;

	private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float LABEL_WIDTH = 150;

	private static final float VALUE_X = MARGIN + LABEL_WIDTH + 10;

	private static final float VALUE_WIDTH = MARGIN + TEXT_WIDTH - VALUE_X;

	/** The lowest baseline of body text; the footer sits below it. */
	private static final float BOTTOM = MARGIN + 10;

	private static final float FOOTER_Y = MARGIN - 18;

	private static final float SIZE = 10;

	private static final float LEADING = 13;

	private final PDDocument document = new PDDocument();

	private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PDPageContentStream content;

	private float y;

	TextPages(String title) throws IOException {
		document.getDocumentInformation().setTitle(title);
		document.getDocumentInformation().setCreator("Sojourn");
		newPage();
		for (String line : wrap(title, bold, 16, TEXT_WIDTH)) {
			room(1);
			show(bold, 16, MARGIN, line);
			y -= 22;
		}
	}

	void heading(String text) throws IOException {
		y -= LEADING;
		lines(text, bold, 12, 2);
		y -= 3;
	}

	void subheading(String text) throws IOException {
		y -= LEADING / 2;
		lines(text, bold, SIZE, 1);
	}

	void paragraph(String text) throws IOException {
		lines(text, regular, SIZE, 0);
	}

	/** The label in a column of its own, the value wrapped beside it; an absent value prints as "-". */
	void row(String label, Object value) throws IOException {
		List<String> labels = wrap(label, bold, SIZE, LABEL_WIDTH);
		List<String> values = wrap(value == null ? "-" : value.toString(), regular, SIZE, VALUE_WIDTH);
		for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
			room(1);
			if (i < labels.size()) {
				show(bold, SIZE, MARGIN, labels.get(i));
			}
			if (i < values.size()) {
				show(regular, SIZE, VALUE_X, values.get(i));
			}
			y -= LEADING;
		}
	}

	/** Writes the footer, with the page number, on every page and returns the document's bytes. */
	byte[] finish(String footer) throws IOException {
		content.close();
		int count = document.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				content = stream;
				y = FOOTER_Y;
				String line = "%s   Page %d of %d".formatted(footer, i + 1, count);
				show(regular, 8, MARGIN, printable(line).replace('\n', ' '));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		document.close();
	}

	/** Wrapped lines; a heading starts a new page unless it fits with the given number of lines after it. */
	private void lines(String text, PDFont font, float size, int keepWithNext) throws IOException {
		List<String> lines = wrap(text, font, size, TEXT_WIDTH);
		room(keepWithNext == 0 ? 1 : lines.size() + keepWithNext);
		for (String line : lines) {
			room(1);
			show(font, size, MARGIN, line);
			y -= LEADING;
		}
	}

	/** Starts a new page unless the given number of lines still fits on this one. */
	private void room(int lines) throws IOException {
		if (y - (lines - 1) * LEADING < BOTTOM) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = PAGE.getHeight() - MARGIN - SIZE;
	}

	private void show(PDFont font, float size, float x, String line) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(line);
		content.endText();
	}

	/** Lines no wider than the width: broken between words, inside a word only when it alone is too wide. */
	private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(text).split("\n", -1)) {
			String line = "";
			for (String word : paragraph.split(" +")) {
				while (width(word, font, size) > width) {
					if (!line.isEmpty()) {
						lines.add(line);
						line = "";
					}
					int fits = 1;
					while (width(word.substring(0, fits + 1), font, size) <= width) {
						fits++;
					}
					lines.add(word.substring(0, fits));
					word = word.substring(fits);
				}
				String longer = line.isEmpty() ? word : line + " " + word;
				if (width(longer, font, size) <= width) {
					line = longer;
				}
				else {
					lines.add(line);
					line = word;
				}
			}
			lines.add(line);
		}
		return lines;
	}

	private static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** Line breaks as '\n', other white space as ' ', and '?' for whatever Helvetica cannot encode. */
	private String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.replace("\r\n", "\n").codePoints().forEach(c -> {
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				out.append('\n');
			}
			else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				out.append(' ');
			}
			else {
				out.append(encodable(c) ? Character.toString(c) : "?");
			}
		});
		return out.toString();
	}

	private boolean encodable(int codePoint) {
		try {
			regular.encode(Character.toString(codePoint));
			bold.encode(Character.toString(codePoint));
			return true;
		}
		catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}

}
