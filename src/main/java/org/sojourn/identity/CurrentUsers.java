package org.sojourn.identity;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves the authenticated user of the current request. What the request's sign-in already read (the account, or
 * the whole user for an API token) is taken from it rather than read again.
 */
@Component
public class CurrentUsers {

	private final AccountRepository accounts;

	private final AdministeredCenters centers;

	/** Reads the user in one transaction when the sign-in left nothing (current() itself opens none). */
	private final TransactionTemplate reads;

	CurrentUsers(AccountRepository accounts, AdministeredCenters centers, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.centers = centers;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** The signed-in user; fails when the request is anonymous, which security configuration prevents. */
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			throw new IllegalStateException("No signed-in user for this request");
		}
		return ofThisRequest(authentication.getName());
	}

	/**
	 * Reads the signed-in user in the caller's transaction and keeps it for the request's first {@link #current()} or
	 * {@link #ofThisRequest}: a filter that reads other things of the user in one transaction reads the user with
	 * them, and the rest of the request does not read it again. An unknown account keeps nothing (the request's own
	 * reads then fail as before).
	 */
	@Transactional(readOnly = true)
	public void readForRequest(String username) {
		standing(username).ifPresent(account -> RequestAccounts.rememberUser(user(username, account)));
	}

	/**
	 * What the sign-in rules ({@link SignInRuleReads}) answered for the user when this request signed in with an API
	 * token, taken once: an empty inner value when they let the user work, a refusal otherwise; empty when this
	 * request's sign-in did not read them (the rule's filter then reads them itself).
	 */
	public Optional<Optional<String>> refusalReadAtSignIn(String username) {
		return RequestAccounts.takeRefusal(username);
	}

	/**
	 * This user as this request already read them (taken once, as by {@link #current()}), or read now in one
	 * transaction.
	 */
	public CurrentUser ofThisRequest(String username) {
		return RequestAccounts.takeUser(username).orElseGet(() -> reads.execute(status -> of(username)));
	}

	@Transactional(readOnly = true)
	public CurrentUser of(String username) {
		AccountStanding account = standing(username)
			.orElseThrow(() -> new IllegalStateException("Unknown account " + username));
		return user(username, account);
	}

	/** The account's standing as the request's sign-in read it, or read now. */
	private Optional<AccountStanding> standing(String username) {
		return RequestAccounts.standing(username).or(() -> accounts.findStanding(username));
	}

	private CurrentUser user(String username, AccountStanding account) {
		return new CurrentUser(username, account.facilitator(), account.operator(),
				centers.centersAdministeredBy(username));
	}

}
