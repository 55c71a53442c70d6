package org.sojourn.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One text of a note, as written at one time; never changed once written. */
@Entity
@Table(name = "client_note_revision")
class ClientNoteRevision {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private int revision;

	@Column(nullable = false, updatable = false, length = NoteText.MAX_LENGTH)
	private String text;

	@Column(name = "written_by", nullable = false, updatable = false)
	private String writtenBy;

	@Column(name = "written_at", nullable = false, updatable = false)
	private Instant writtenAt;

	protected ClientNoteRevision() {
	}

	ClientNoteRevision(int revision, String text, String writtenBy, Instant writtenAt) {
		this.id = UUID.randomUUID();
		this.revision = revision;
		this.text = text;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	int revision() {
		return revision;
	}

	String text() {
		return text;
	}

	String writtenBy() {
		return writtenBy;
	}

	Instant writtenAt() {
		return writtenAt;
	}

	NoteView.Revision view() {
		return new NoteView.Revision(revision, text, writtenBy, writtenAt);
	}

}
