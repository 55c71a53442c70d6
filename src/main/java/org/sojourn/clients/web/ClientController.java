package org.sojourn.clients.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.ClientView;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.listing.SortableBy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The facilitator's client records over JSON. Only facilitators have clients. */
@RestController
@RequestMapping("/api/clients")
@PreAuthorize("hasRole('FACILITATOR')")
class ClientController {

	private final Clients clients;

	private final CurrentUsers users;

	ClientController(Clients clients, CurrentUsers users) {
		this.clients = clients;
		this.users = users;
	}

	@GetMapping
	Page<ClientView> list(@RequestParam(required = false) String search,
			@SortableBy({ "legalName", "preferredName", "dateOfBirth", "createdAt", "updatedAt" }) @PageableDefault(
					size = 20, sort = "legalName", direction = Sort.Direction.ASC) Pageable pageable) {
		return clients.list(me(), search, pageable);
	}

	@PostMapping
	ResponseEntity<ClientView> create(@Valid @RequestBody ClientProfile profile,
			@RequestParam(defaultValue = "false") boolean confirmDuplicate) {
		ClientView created = clients.create(me(), profile, confirmDuplicate);
		return ResponseEntity.created(URI.create("/api/clients/" + created.id())).body(created);
	}

	@GetMapping("/{clientId}")
	ClientView get(@PathVariable UUID clientId) {
		return clients.get(me(), clientId);
	}

	@PutMapping("/{clientId}")
	ClientView update(@PathVariable UUID clientId, @Valid @RequestBody ClientProfile profile) {
		return clients.update(me(), clientId, profile);
	}

	private String me() {
		return users.current().username();
	}

}
