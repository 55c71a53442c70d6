package org.sojourn.tokens;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bearer token filter as a bean named {@code apiTokenAuthenticationFilter}, which the API security chain adds
 * before HTTP Basic. Spring Boot would also register any filter bean for every URL; that registration is turned off,
 * so pages never accept a token.
 */
@Configuration
class TokenFilterRegistration {

	@Bean
	TokenAuthenticationFilter apiTokenAuthenticationFilter(ApiTokens tokens) {
		return new TokenAuthenticationFilter(tokens);
	}

	@Bean
	FilterRegistrationBean<TokenAuthenticationFilter> apiTokenFilterOutsideSecurity(TokenAuthenticationFilter filter) {
		FilterRegistrationBean<TokenAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
