package org.sojourn.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a new note or of a note's next revision, stored exactly as given. */
public record NoteText(@NotBlank(message = "Write the note's text.") @Size(max = MAX_LENGTH,
		message = "A note can be at most 20000 characters long.") String text) {

	public static final int MAX_LENGTH = 20000;

}
