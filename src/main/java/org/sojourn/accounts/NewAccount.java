package org.sojourn.accounts;

/** What a person gives to create their account; the license number only for a facilitator. */
public record NewAccount(String username, String displayName, String password, String licenseNumber) {
}
