/**
 * Who is who: accounts (facilitators, operators), password hashing and the login of every door.
 * Other modules ask it for the current user; it depends on no other module but service center membership.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "servicecenters")
package org.sojourn.identity;
