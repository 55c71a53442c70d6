package org.sojourn.clients.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.sojourn.clients.ClientNotes;
import org.sojourn.clients.NoteText;
import org.sojourn.clients.NoteView;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A client's notes timeline over JSON: add, revise, read; never delete. */
@RestController
@RequestMapping("/api/clients/{clientId}/notes")
@PreAuthorize("hasRole('FACILITATOR')")
class ClientNoteController {

	private final ClientNotes notes;

	private final CurrentUsers users;

	ClientNoteController(ClientNotes notes, CurrentUsers users) {
		this.notes = notes;
		this.users = users;
	}

	@GetMapping
	List<NoteView> list(@PathVariable UUID clientId) {
		return notes.list(me(), clientId);
	}

	@PostMapping
	ResponseEntity<NoteView> add(@PathVariable UUID clientId, @Valid @RequestBody NoteText text) {
		NoteView note = notes.add(me(), clientId, text);
		return ResponseEntity.created(URI.create("/api/clients/%s/notes/%s".formatted(clientId, note.id())))
			.body(note);
	}

	@PutMapping("/{noteId}")
	NoteView revise(@PathVariable UUID clientId, @PathVariable UUID noteId, @Valid @RequestBody NoteText text) {
		return notes.revise(me(), clientId, noteId, text);
	}

	private String me() {
		return users.current().username();
	}

}
