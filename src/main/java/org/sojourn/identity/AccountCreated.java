package org.sojourn.identity;

/** A login was created. */
public record AccountCreated(String username, String displayName, String email, boolean operator) {
}
