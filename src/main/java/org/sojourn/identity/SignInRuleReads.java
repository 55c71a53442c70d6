package org.sojourn.identity;

/**
 * A sign-in rule of another module that a passwordless sign-in (an API token) reads in its own transaction, with the
 * account, instead of the rule's filter reading it in a second one. The answer is kept for that request only, and
 * read again at the next (see {@link CurrentUsers#refusalReadAtSignIn}).
 */
public interface SignInRuleReads {

	/** Why the signed-in user may not work yet (a short key the rule's filter knows), or null when they may. */
	String refusal(String username);

}
