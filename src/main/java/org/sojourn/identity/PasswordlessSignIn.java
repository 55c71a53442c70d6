package org.sojourn.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Signs a request in for someone who proved who they are without a password (an API token): the account as it is
 * now, so that a disabled account is refused at once. Not subject to the password lock, which counts guesses of a
 * password. The user's roles and centers are read here once, for the rest of the request (see {@link CurrentUsers}).
 */
public interface PasswordlessSignIn {

	/** The authentication of an enabled account; empty for an unknown or disabled one. */
	Optional<Authentication> signIn(String username);

}
