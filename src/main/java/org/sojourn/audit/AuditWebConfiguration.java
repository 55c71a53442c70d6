package org.sojourn.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the record access interceptor in front of the client and session API and the client and session pages (which
 * themselves know nothing of it).
 */
@Configuration
class AuditWebConfiguration implements WebMvcConfigurer {

	private final AuditTrail trail;

	AuditWebConfiguration(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RecordAccessInterceptor(trail))
			.addPathPatterns("/api/clients/**", "/api/sessions/**", "/clients/**", "/sessions/**");
	}

}
