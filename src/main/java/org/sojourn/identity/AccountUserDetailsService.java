package org.sojourn.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security reads Sojourn's accounts; roles gate whole areas, record-level rules live in the services. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final FacilitatorRepository facilitators;

	private final LoginThrottling throttling;

	AccountUserDetailsService(AccountRepository accounts, FacilitatorRepository facilitators,
			LoginThrottling throttling) {
		this.accounts = accounts;
		this.facilitators = facilitators;
		this.throttling = throttling;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (!LoginThrottling.couldBeAUsername(username)) {
			throw new UsernameNotFoundException("No such account");
		}
		Account account = accounts.findById(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (account.isOperator()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_OPERATOR"));
		}
		if (facilitators.existsById(username)) {
			authorities.add(new SimpleGrantedAuthority("ROLE_FACILITATOR"));
		}
		return User.withUsername(username)
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.accountLocked(throttling.isLocked(username))
			.authorities(authorities)
			.build();
	}

}
