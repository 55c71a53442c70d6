package org.sojourn.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A note with its current text and every earlier text, newest first. */
public record NoteView(UUID id, String createdBy, Instant createdAt, int revision, String text, String writtenBy,
		Instant writtenAt, List<Revision> earlierRevisions) {

	public record Revision(int revision, String text, String writtenBy, Instant writtenAt) {
	}

}
