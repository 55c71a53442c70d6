package org.sojourn.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a sign-in and the current user need of an account, read in one statement (the account and its license). */
record AccountStanding(String username, String passwordHash, boolean enabled, boolean operator, boolean facilitator) {

	List<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (operator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_OPERATOR"));
		}
		if (facilitator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_FACILITATOR"));
		}
		return authorities;
	}

}
