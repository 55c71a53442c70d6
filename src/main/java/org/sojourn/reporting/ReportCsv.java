package org.sojourn.reporting;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The report as a CSV download: a header, then one row per figure (section, item, value). */
final class ReportCsv {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private ReportCsv() {
	}

	static ResponseEntity<String> download(QuarterlyReport report) {
		StringBuilder csv = new StringBuilder("section,item,value\r\n");
		report.figures()
			.forEach(figure -> csv.append(cell(figure.section()))
				.append(',')
				.append(cell(figure.item()))
				.append(',')
				.append(cell(figure.value()))
				.append("\r\n"));
		String filename = "quarterly-report-%s-%s.csv".formatted(
				report.center().licenseNumber().replaceAll("[^A-Za-z0-9._-]", "_"), report.period().quarter());
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(csv.toString());
	}

	/**
	 * Quoted when it holds a separator, quote or line break (RFC 4180). A cell that a spreadsheet would read as a
	 * formula (a center's name starting with "=", say) gets a leading apostrophe.
	 */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
