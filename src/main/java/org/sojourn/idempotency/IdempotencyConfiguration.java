package org.sojourn.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/** Puts idempotent requests in front of the API, after Spring Security has signed the caller in. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
			PlatformTransactionManager transactions, ObjectMapper json, IdempotencyProperties properties) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(keys, transactions, new KeyAnswers(json), properties.maxBodySize()));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	/** Every POST of the API description names the header. */
	@Bean
	OpenApiCustomizer idempotencyKeyHeader() {
		return openApi -> openApi.getPaths()
			.values()
			.stream()
			.filter(path -> path.getPost() != null)
			.forEach(path -> path.getPost()
				.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
					.required(false)
					.schema(new StringSchema().maxLength(255))
					.description("Makes the request safe to retry. A retry with the same key and body by the same user "
							+ "answers the first successful result again (with " + KeyAnswers.REPLAYED
							+ ": true) and changes nothing more; keys are kept a day. The same key with another body or "
							+ "endpoint answers 422, a retry while the first request still runs 409, a body over "
							+ "sojourn.idempotency.max-body-size (1 MB) 413. A refused request "
							+ "keeps nothing: it can be sent again with the same key.")));
	}

}
