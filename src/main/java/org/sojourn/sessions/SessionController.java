package org.sojourn.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.listing.SortableBy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sessions over JSON: create, list, read the record (also as PDF), set the center, cancel. */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

	private final Sessions sessions;

	private final CurrentUsers users;

	private final SessionRecordPdf recordPdf;

	SessionController(Sessions sessions, CurrentUsers users, SessionRecordPdf recordPdf) {
		this.sessions = sessions;
		this.users = users;
		this.recordPdf = recordPdf;
	}

	record NewSession(@NotNull(message = "Choose the client.") UUID clientId, UUID centerId) {
	}

	record CenterChoice(@NotNull(message = "Choose the service center.") UUID centerId) {
	}

	@PostMapping
	ResponseEntity<SessionViews.Summary> create(@Valid @RequestBody NewSession request) {
		SessionViews.Summary created = sessions.create(users.current(), request.clientId(), request.centerId());
		return ResponseEntity.created(URI.create("/api/sessions/" + created.id())).body(created);
	}

	@GetMapping
	Page<SessionViews.Summary> list(
			@SortableBy({ "createdAt", "status", "phase", "administrationScheduledAt", "closedAt" }) @PageableDefault(
					size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return sessions.list(users.current(), pageable);
	}

	@GetMapping("/{sessionId}")
	SessionViews.Record record(@PathVariable UUID sessionId) {
		return sessions.record(users.current(), sessionId);
	}

	/** The whole record for an inspector, as a download: the same access as the record itself. */
	@GetMapping(path = "/{sessionId}/record.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> recordPdf(@PathVariable UUID sessionId) {
		CurrentUser user = users.current();
		return SessionRecordPdf.attachment(sessionId,
				recordPdf.render(sessions.record(user, sessionId), user.username()));
	}

	@PutMapping("/{sessionId}/center")
	SessionViews.Summary associateCenter(@PathVariable UUID sessionId, @Valid @RequestBody CenterChoice choice) {
		return sessions.associateCenter(users.current(), sessionId, choice.centerId());
	}

	@PostMapping("/{sessionId}/cancellation")
	SessionViews.Summary cancel(@PathVariable UUID sessionId, @Valid @RequestBody CancellationRequest request) {
		return sessions.cancel(users.current(), sessionId, request);
	}

}
