/**
 * Who is who: accounts (facilitators, operators), password hashing and the login of every door.
 * Other modules ask it for the current user. It depends on no other module: center membership reaches it through
 * {@link org.sojourn.identity.AdministeredCenters}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.identity;
