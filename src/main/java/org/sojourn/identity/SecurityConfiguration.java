package org.sojourn.identity;

import jakarta.servlet.Filter;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * One login for every door: HTTP Basic for the API and engine REST (stateless, no cookies, so no CSRF), form login
 * for pages and the Camunda webapps (which then trust this login, see the engine module).
 */
@Configuration
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Spring Security's delegating encoder for the two schemes Sojourn writes: bcrypt (new passwords up to 72 bytes)
	 * and PBKDF2 (longer ones, see Accounts). bcrypt's work factor is a setting; a stored hash keeps the factor it was
	 * made with, so raising it affects new passwords only. The tests lower it: they sign in thousands of times.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${sojourn.security.bcrypt-strength:10}") int bcryptStrength) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength), "pbkdf2@SpringSecurity_v5_8",
						Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	/** Keeps what a request's sign-in read of the account for the rest of that request (before Spring Security). */
	@Bean
	FilterRegistrationBean<RequestAccounts> requestAccounts() {
		FilterRegistrationBean<RequestAccounts> registration = new FilterRegistrationBean<>(new RequestAccounts());
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<FilterChainContribution> contributions,
			@Qualifier("apiTokenAuthenticationFilter") ObjectProvider<Filter> tokens) throws Exception {
		for (FilterChainContribution contribution : contributions) {
			contribution.api(http);
		}
		// API tokens (Authorization: Bearer), when the tokens module is there, are checked before HTTP Basic.
		tokens.ifAvailable(filter -> http.addFilterBefore(filter, BasicAuthenticationFilter.class));
		// Path patterns on the raw request path: the engine REST API is a servlet of its own, not Spring MVC.
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		return http
			.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**")))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/docs/**", "/api/openapi/**", "/api/join/*",
					"/api/password-reset", "/api/password-reset/*", "/api/signup", "/api/signup/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(ApiAuthenticationProblems::unauthenticated))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(ApiAuthenticationProblems::unauthenticated)
				.accessDeniedHandler(ApiAuthenticationProblems::forbidden))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<FilterChainContribution> contributions)
			throws Exception {
		for (FilterChainContribution contribution : contributions) {
			contribution.pages(http);
		}
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/error", "/actuator/health", "/css/**",
					"/dev/mailbox", "/dev/mailbox/*", "/join/*", "/forgot-password", "/password-reset/*",
					"/signup", "/signup/*")
				.permitAll()
				// Camunda's own login and first-user setup are closed: Sojourn signs people in.
				.requestMatchers("/camunda/api/admin/auth/user/*/login/**", "/camunda/api/admin/setup/**")
				.denyAll()
				// Tasklist needs /camunda/api/admin/auth for its own login state, so only the screens are gated here;
				// Camunda's application authorizations gate the rest.
				.requestMatchers("/camunda/app/cockpit/**", "/camunda/app/admin/**", "/camunda/api/cockpit/**")
				.hasRole("OPERATOR")
				.anyRequest()
				.authenticated())
			.formLogin(Customizer.withDefaults())
			.headers(headers -> headers.referrerPolicy(
					referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			// Signing out of Tasklist or Cockpit signs out of Sojourn too, or the shared login would sign them back in.
			.logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
					PathPatternRequestMatcher.withDefaults()
						.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout"))))
			// The Camunda webapps bring their own CSRF protection (X-XSRF-TOKEN) for their API calls.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**"))
			.build();
	}

}
