package org.sojourn.signin;

import java.time.Duration;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.identity.FilterChainContribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sojourn's sign-in rules in the filter chains: the second step after the password, the limit on a sign-in's age,
 * enrolment before work for those who must have a second factor, and no password-only HTTP Basic for them.
 */
@Component
class SignInChain implements FilterChainContribution {

	private final FirstStepHandler firstStep;

	private final SecondFactors factors;

	private final Duration maxSignInAge;

	private final CurrentUsers users;

	private final PlatformTransactionManager transactions;

	SignInChain(FirstStepHandler firstStep, SecondFactors factors,
			@Value("${sojourn.security.max-sign-in-age:PT24H}") Duration maxSignInAge, CurrentUsers users,
			PlatformTransactionManager transactions) {
		this.firstStep = firstStep;
		this.factors = factors;
		this.maxSignInAge = maxSignInAge;
		this.users = users;
		this.transactions = transactions;
	}

	@Override
	public void api(HttpSecurity http) {
		http.addFilterAfter(new ApiSignInRules(factors, users), AuthorizationFilter.class);
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(SecondStepPage.PATH).permitAll())
			.formLogin(form -> form.loginPage(SignInPage.PATH).successHandler(firstStep))
			.addFilterAfter(new PageSignInRules(factors, maxSignInAge, users, transactions), AuthorizationFilter.class);
	}

}
