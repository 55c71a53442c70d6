/**
 * Personal access tokens for the API: made on the account page after a full sign-in, shown once, kept as their
 * SHA-256 digest, named, with an expiry, revocable. {@code Authorization: Bearer <token>} signs a request to the API
 * or engine REST in without a password hash (see {@link org.sojourn.tokens.TokenAuthenticationFilter}, which the
 * identity module's API security chain runs before HTTP Basic); the token's account is signed in through identity's
 * {@link org.sojourn.identity.PasswordlessSignIn}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "identity" })
package org.sojourn.tokens;
