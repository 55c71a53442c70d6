package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whatever a form accepts fits the columns that keep it, computed from the form files and the database itself: a
 * submitted form (its values as JSON) and an addendum's changes (each field's earlier and new value as JSON). JSON
 * escapes a control character into six characters, so a text counts six times its length.
 */
@SojournTest
class StoredLengthsTests {

	/** The longest value a datetime is stored as: an Instant of a year with nine digits, nanoseconds and sign. */
	private static final int DATETIME = 2 + "+999999999-12-31T23:59:59.999999999Z".length();

	/** Longer than any number a form accepts (FormSchema reads none longer than 32 characters). */
	private static final int NUMBER = 32;

	@Autowired
	private DataSource dataSource;

	@Test
	void everySubmittedFormAndEveryAddendumFitsItsColumn() throws IOException, SQLException {
		int payload = columnSize("submitted_form", "payload");
		int changes = columnSize("addendum", "changes");
		List<String> forms = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			files.filter(file -> file.toString().endsWith(".form"))
				.sorted()
				.forEach(file -> forms.add(file.toString()));
		}
		assertThat(forms).isNotEmpty();
		for (String form : forms) {
			long[] bounds = bounds(new ObjectMapper().readTree(Path.of(form).toFile()).path("components"));
			assertThat(bounds[0]).as("longest JSON of %s against submitted_form.payload", form)
				.isLessThanOrEqualTo(payload);
			assertThat(bounds[1]).as("longest changes of an addendum to %s against addendum.changes", form)
				.isLessThanOrEqualTo(changes);
		}
	}

	/** The longest JSON of the form's values, and of an addendum changing every field of it. */
	private static long[] bounds(JsonNode components) {
		long values = 2;
		long changes = 2;
		for (JsonNode component : fields(components)) {
			long value = switch (component.path("type").asText()) {
				case "textfield", "textarea" ->
					2 + 6L * component.path("validate").path("maxLength").asLong(Long.MAX_VALUE / 12);
				case "number" -> NUMBER;
				case "datetime" -> DATETIME;
				case "checkbox" -> "false".length();
				case "radio", "select" -> 2 + longestOption(component);
				default -> throw new AssertionError("A field type the bound does not know: " + component);
			};
			long key = 2 + component.path("key").asText().length() + 1;
			values += key + value + 1;
			changes += key + "{\"from\":,\"to\":}".length() + 2 * value + 1;
		}
		return new long[] { values, changes };
	}

	private static List<JsonNode> fields(JsonNode components) {
		List<JsonNode> fields = new ArrayList<>();
		for (JsonNode component : components) {
			fields.addAll(fields(component.path("components")));
			if (component.hasNonNull("key")) {
				fields.add(component);
			}
		}
		return fields;
	}

	private static long longestOption(JsonNode component) {
		long longest = 0;
		for (JsonNode option : component.path("values")) {
			longest = Math.max(longest, 6L * option.path("value").asText().length());
		}
		return longest;
	}

	private int columnSize(String table, String column) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
			while (columns.next()) {
				if ("app".equalsIgnoreCase(columns.getString("TABLE_SCHEM"))
						&& table.equalsIgnoreCase(columns.getString("TABLE_NAME"))
						&& column.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
					return columns.getInt("COLUMN_SIZE");
				}
			}
		}
		throw new AssertionError("No column app." + table + "." + column);
	}

}
