package org.sojourn.accounts;

/**
 * Whether an account has a second factor (a passkey or an authenticator app), which lowers the shortest password
 * allowed from 15 to 8 characters. The module that keeps second factors implements it; without one, no account has.
 */
public interface SecondFactors {

	boolean hasSecondFactor(String username);

}
