package org.sojourn.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.UUID;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.listing.SortableBy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sessions over JSON: create, list, set the center, cancel. The record is read in {@code records}. */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

	private final Sessions sessions;

	private final CurrentUsers users;

	SessionController(Sessions sessions, CurrentUsers users) {
		this.sessions = sessions;
		this.users = users;
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

	@PutMapping("/{sessionId}/center")
	SessionViews.Summary associateCenter(@PathVariable UUID sessionId, @Valid @RequestBody CenterChoice choice) {
		return sessions.associateCenter(users.current(), sessionId, choice.centerId());
	}

	@PostMapping("/{sessionId}/cancellation")
	SessionViews.Summary cancel(@PathVariable UUID sessionId, @Valid @RequestBody CancellationRequest request) {
		return sessions.cancel(users.current(), sessionId, request);
	}

}
