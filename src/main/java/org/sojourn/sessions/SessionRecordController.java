package org.sojourn.sessions;

import jakarta.validation.Valid;
import java.util.UUID;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Entries added to a session record: events, addenda, the facilitator's denial; and the refusal to edit it. */
@RestController
@RequestMapping("/api/sessions/{sessionId}")
class SessionRecordController {

	private final SessionRecordEntries entries;

	private final SessionAccess access;

	private final CurrentUsers users;

	SessionRecordController(SessionRecordEntries entries, SessionAccess access, CurrentUsers users) {
		this.entries = entries;
		this.access = access;
		this.users = users;
	}

	@PostMapping("/events")
	@ResponseStatus(HttpStatus.CREATED)
	SessionViews.EventView recordEvent(@PathVariable UUID sessionId, @Valid @RequestBody EventReport report) {
		return entries.recordEvent(users.current(), sessionId, report);
	}

	@PostMapping("/addenda")
	@ResponseStatus(HttpStatus.CREATED)
	SessionViews.AddendumView addAddendum(@PathVariable UUID sessionId, @Valid @RequestBody AddendumRequest request) {
		return entries.addAddendum(users.current(), sessionId, request);
	}

	@PostMapping("/denial")
	SessionViews.DenialView deny(@PathVariable UUID sessionId, @Valid @RequestBody DenialRequest request) {
		return entries.deny(users.current(), sessionId, request);
	}

	/** Signed records are never edited or deleted, by anyone: the answer says how to correct one. */
	@RequestMapping(path = { "/forms/{formId}", "/administration" },
			method = { RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	void refuseEdit(@PathVariable UUID sessionId) {
		access.visible(users.current(), sessionId);
		throw SessionConflict.signedRecord(sessionId);
	}

}
