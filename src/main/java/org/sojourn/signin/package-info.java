/**
 * Second factors of sign-in (passkeys, authenticator-app codes, recovery codes), the second step after the
 * password, who must use one, and how long a sign-in lasts. Depends on identity for accounts, servicecenters for a
 * center's requirement and audit for the trail of account events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "identity", "servicecenters", "audit" })
package org.sojourn.signin;
