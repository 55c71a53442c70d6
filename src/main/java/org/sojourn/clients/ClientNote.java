package org.sojourn.clients;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A note in a client's timeline. Its text is never changed in place: an edit adds a revision. */
@Entity
@Table(name = "client_note")
class ClientNote {

	@Id
	private UUID id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private UUID clientId;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "note_id", nullable = false, updatable = false)
	@OrderBy("revision")
	private List<ClientNoteRevision> revisions = new ArrayList<>();

	/** Two edits at the same time would both claim the next revision number; the second one is refused. */
	@Version
	private long version;

	protected ClientNote() {
	}

	ClientNote(UUID clientId, String author, String text) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.createdBy = author;
		this.createdAt = Instant.now();
		revisions.add(new ClientNoteRevision(1, text, author, createdAt));
	}

	/** Adds the text as the next revision, unless it is the current text already. */
	void revise(String text, String author) {
		ClientNoteRevision current = current();
		if (!current.text().equals(text)) {
			revisions.add(new ClientNoteRevision(current.revision() + 1, text, author, Instant.now()));
		}
	}

	Instant createdAt() {
		return createdAt;
	}

	NoteView view() {
		List<ClientNoteRevision> newestFirst = revisions.stream()
			.sorted(Comparator.comparingInt(ClientNoteRevision::revision).reversed())
			.toList();
		ClientNoteRevision current = newestFirst.get(0);
		return new NoteView(id, createdBy, createdAt, current.revision(), current.text(), current.writtenBy(),
				current.writtenAt(), newestFirst.stream().skip(1).map(ClientNoteRevision::view).toList());
	}

	private ClientNoteRevision current() {
		return revisions.stream().max(Comparator.comparingInt(ClientNoteRevision::revision)).orElseThrow();
	}

}
