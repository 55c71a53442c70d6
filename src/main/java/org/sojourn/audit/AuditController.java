package org.sojourn.audit;

import java.time.Instant;
import java.util.UUID;
import org.sojourn.identity.CurrentUsers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over JSON: read only, newest first. */
@RestController
class AuditController {

	private final AuditTrail trail;

	private final CurrentUsers users;

	AuditController(AuditTrail trail, CurrentUsers users) {
		this.trail = trail;
		this.users = users;
	}

	@GetMapping("/api/clients/{clientId}/audit")
	Page<AuditEntry> client(@PathVariable UUID clientId, @PageableDefault(size = 20) Pageable pageable) {
		return trail.forClient(users.current(), clientId, pageable);
	}

	@GetMapping("/api/sessions/{sessionId}/audit")
	Page<AuditEntry> session(@PathVariable UUID sessionId, @PageableDefault(size = 20) Pageable pageable) {
		return trail.forSession(users.current(), sessionId, pageable);
	}

	/** Operators only; {@code from} and {@code to} are instants such as 2026-03-01T00:00:00Z, {@code to} exclusive. */
	@GetMapping("/api/audit")
	Page<AuditEntry> search(@RequestParam(required = false) String actor,
			@RequestParam(required = false) AuditRecordType recordType, @RequestParam(required = false) UUID recordId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@PageableDefault(size = 20) Pageable pageable) {
		return trail.search(users.current(), actor, recordType, recordId, from, to, pageable);
	}

}
