package org.sojourn.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resolves the authenticated user of the current request. */
@Component
public class CurrentUsers {

	private final Accounts accounts;

	private final AdministeredCenters centers;

	CurrentUsers(Accounts accounts, AdministeredCenters centers) {
		this.accounts = accounts;
		this.centers = centers;
	}

	/** The signed-in user; fails when the request is anonymous, which security configuration prevents. */
	@Transactional(readOnly = true)
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			throw new IllegalStateException("No signed-in user for this request");
		}
		return of(authentication.getName());
	}

	@Transactional(readOnly = true)
	public CurrentUser of(String username) {
		Account account = accounts.find(username)
			.orElseThrow(() -> new IllegalStateException("Unknown account " + username));
		return new CurrentUser(username, accounts.isFacilitator(username), account.isOperator(),
				centers.centersAdministeredBy(username));
	}

}
