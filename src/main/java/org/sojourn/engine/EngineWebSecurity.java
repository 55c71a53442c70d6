package org.sojourn.engine;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands Spring Security's signed-in user to the Camunda webapps and engine REST, right after Spring Security. */
@Configuration
class EngineWebSecurity {

	private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

	@Bean
	FilterRegistrationBean<WebappAuthenticationFilter> webappAuthentication(ProcessEngine engine, CamundaBpmProperties camunda) {
		// The webapps' own authentication cache: how long an unchanged authentication's application checks hold.
		AuthenticationProperties.CacheProperties cache = camunda.getWebapp().getAuth().getCache();
		Duration checksHold = cache.isTtlEnabled() ? Duration.ofMillis(cache.getTimeToLive()) : null;
		FilterRegistrationBean<WebappAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new WebappAuthenticationFilter(engine, checksHold));
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				WebappAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthentication(IdentityService identity,
			EngineGroups groups) {
		FilterRegistrationBean<EngineRestAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new EngineRestAuthenticationFilter(identity, groups));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

}
