package org.sojourn.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * What another module adds to the filter chains of {@link SecurityConfiguration} (request rules, a filter, a login
 * handler) without this module knowing that module. Applied before the chains' own rules, so that a contribution's
 * request matchers come before their "any request".
 */
public interface FilterChainContribution {

	/** Adds to the chain of the API and engine REST (HTTP Basic, stateless). */
	default void api(HttpSecurity http) throws Exception {
	}

	/** Adds to the chain of pages and the Camunda webapps (form login, HTTP session). */
	default void pages(HttpSecurity http) throws Exception {
	}

}
