package org.sojourn.clients;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notes timeline of a client, on behalf of the client's facilitator only. */
@Service
public class ClientNotes {

	private final Clients clients;

	private final ClientNoteRepository notes;

	ClientNotes(Clients clients, ClientNoteRepository notes) {
		this.clients = clients;
		this.notes = notes;
	}

	@Transactional(readOnly = true)
	public List<NoteView> list(String facilitator, UUID clientId) {
		clients.requireOwned(facilitator, clientId);
		return notes.findWithRevisions(clientId)
			.stream()
			.sorted(Comparator.comparing(ClientNote::createdAt).reversed())
			.map(ClientNote::view)
			.toList();
	}

	@Transactional
	public NoteView add(String facilitator, UUID clientId, NoteText text) {
		clients.requireOwned(facilitator, clientId);
		return notes.save(new ClientNote(clientId, facilitator, text.text())).view();
	}

	@Transactional
	public NoteView revise(String facilitator, UUID clientId, UUID noteId, NoteText text) {
		clients.requireOwned(facilitator, clientId);
		ClientNote note = notes.findByIdAndClientId(noteId, clientId)
			.orElseThrow(() -> ClientNotFound.forNote(noteId));
		note.revise(text.text(), facilitator);
		return notes.saveAndFlush(note).view();
	}

}
