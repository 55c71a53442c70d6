package org.sojourn.identity;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security reads Sojourn's accounts; roles gate whole areas, record-level rules live in the services. A
 * sign-in reads the account once per request (with its facilitator license, in one statement) and leaves it, with
 * the current user, to the rest of the request (RequestAccounts).
 */
@Service
class AccountUserDetailsService implements UserDetailsService, PasswordlessSignIn {

	private final AccountRepository accounts;

	private final LoginThrottling throttling;

	private final CurrentUsers users;

	/** Looked up when used: the rules' module builds on this one's beans. */
	private final ObjectProvider<SignInRuleReads> rules;

	AccountUserDetailsService(AccountRepository accounts, LoginThrottling throttling, CurrentUsers users,
			ObjectProvider<SignInRuleReads> rules) {
		this.accounts = accounts;
		this.throttling = throttling;
		this.users = users;
		this.rules = rules;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (!LoginThrottling.couldBeAUsername(username)) {
			throw new UsernameNotFoundException("No such account");
		}
		AccountStanding account = standing(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		if (account.enabled()) {
			// For HTTP Basic, the request that follows asks for its user next; a form sign-in just ignores it.
			RequestAccounts.rememberUser(users.of(username));
		}
		return User.withUsername(username)
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.accountLocked(throttling.isLocked(username))
			.authorities(account.authorities())
			.build();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Authentication> signIn(String username) {
		if (!LoginThrottling.couldBeAUsername(username)) {
			return Optional.empty();
		}
		return standing(username).filter(AccountStanding::enabled).map(account -> {
			// The request's current user and the sign-in rules' answer, read in this same transaction: the API's
			// filters ask for them next.
			RequestAccounts.rememberUser(users.of(username));
			RequestAccounts.rememberRefusal(username, refusal(username));
			return UsernamePasswordAuthenticationToken.authenticated(username, null, account.authorities());
		});
	}

	/** The first refusal of the sign-in rules, if any. */
	private Optional<String> refusal(String username) {
		for (SignInRuleReads rule : rules.orderedStream().toList()) {
			String refusal = rule.refusal(username);
			if (refusal != null) {
				return Optional.of(refusal);
			}
		}
		return Optional.empty();
	}

	private Optional<AccountStanding> standing(String username) {
		Optional<AccountStanding> standing = accounts.findStanding(username);
		standing.ifPresent(RequestAccounts::remember);
		return standing;
	}

}
