package org.sojourn.records.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.records.AddendumRequest;
import org.sojourn.records.DenialRequest;
import org.sojourn.records.EventReport;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.records.SessionRecords;
import org.sojourn.records.pdf.SessionRecordPdf;
import org.sojourn.sessions.SessionAccess;
import org.sojourn.sessions.SessionConflict;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A session record over JSON: read it (also as PDF), add entries (events, addenda, the facilitator's denial); and the
 * refusal to edit it.
 */
@RestController
@RequestMapping("/api/sessions/{sessionId}")
class SessionRecordController {

	private final SessionRecordEntries entries;

	private final SessionAccess access;

	private final CurrentUsers users;

	private final SessionRecords records;

	private final SessionRecordPdf recordPdf;

	SessionRecordController(SessionRecordEntries entries, SessionAccess access, CurrentUsers users,
			SessionRecords records, SessionRecordPdf recordPdf) {
		this.entries = entries;
		this.access = access;
		this.users = users;
		this.records = records;
		this.recordPdf = recordPdf;
	}

	@GetMapping
	RecordViews.Record record(@PathVariable UUID sessionId) {
		return records.record(users.current(), sessionId);
	}

	/** The whole record for an inspector, as a download: the same access as the record itself. */
	@GetMapping(path = "/record.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> recordPdf(@PathVariable UUID sessionId) {
		CurrentUser user = users.current();
		return SessionRecordPdf.attachment(sessionId, recordPdf.render(records.record(user, sessionId), user.username()));
	}

	@PostMapping("/events")
	@ResponseStatus(HttpStatus.CREATED)
	RecordViews.EventView recordEvent(@PathVariable UUID sessionId, @Valid @RequestBody EventReport report) {
		return entries.recordEvent(users.current(), sessionId, report);
	}

	@PostMapping("/addenda")
	@ResponseStatus(HttpStatus.CREATED)
	RecordViews.AddendumView addAddendum(@PathVariable UUID sessionId, @Valid @RequestBody AddendumRequest request) {
		return entries.addAddendum(users.current(), sessionId, request);
	}

	@PostMapping("/denial")
	RecordViews.DenialView deny(@PathVariable UUID sessionId, @Valid @RequestBody DenialRequest request) {
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
