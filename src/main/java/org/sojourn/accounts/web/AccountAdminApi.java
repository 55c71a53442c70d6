package org.sojourn.accounts.web;

import org.sojourn.accounts.AccountAdministration;
import org.sojourn.identity.CurrentUsers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators' API for accounts: list with last sign-in, disable, enable. */
@RestController
@PreAuthorize("hasRole('OPERATOR')")
class AccountAdminApi {

	private final AccountAdministration administration;

	private final CurrentUsers users;

	AccountAdminApi(AccountAdministration administration, CurrentUsers users) {
		this.administration = administration;
		this.users = users;
	}

	record AccountPage(java.util.List<AccountAdministration.AccountRow> content, int page, int size,
			long totalElements) {
	}

	@GetMapping("/api/accounts")
	AccountPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > 2000) {
			throw new IllegalArgumentException("page from 0, size from 1 to 2000");
		}
		Page<AccountAdministration.AccountRow> rows = administration.list(users.current(),
				PageRequest.of(page, size, Sort.by("username")));
		return new AccountPage(rows.getContent(), page, size, rows.getTotalElements());
	}

	@PostMapping("/api/accounts/{username}/disable")
	ResponseEntity<Void> disable(@PathVariable String username) {
		administration.disable(users.current(), username);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/accounts/{username}/enable")
	ResponseEntity<Void> enable(@PathVariable String username) {
		administration.enable(users.current(), username);
		return ResponseEntity.noContent().build();
	}

}
