/**
 * How people come to have an account and keep it: invitations by email, single-use links, the password rules,
 * recovery of a forgotten password, and the audit of account events. Accounts themselves, hashing and sign-in stay in
 * identity; center membership in servicecenters, for which this module mails the invitations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "mail", "servicecenters", "audit" })
package org.sojourn.accounts;
