package org.sojourn.system;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What Sojourn's API speaks, declared once for every {@code /api} mapping: it produces JSON, and a handler that reads
 * a body reads JSON. Spring MVC then matches the {@code Accept} and {@code Content-Type} of a request while choosing
 * the handler, so a request the API cannot answer in a type the caller accepts (406) or whose body it cannot read
 * (415, {@code Content-Type: *}{@code /*} included) is refused before any handler runs: nothing is written first.
 * A mapping that declares its own types (the record PDF, the report CSV, a document's download, the upload) keeps
 * them.
 */
@Configuration
class ApiMappings implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new ApiRequestMappingHandlerMapping();
	}

	static final class ApiRequestMappingHandlerMapping extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
			RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
			if (info == null || !isApi(info, handlerType)) {
				return info;
			}
			RequestMappingInfo.Builder api = info.mutate();
			if (info.getProducesCondition().isEmpty()) {
				api.produces(MediaType.APPLICATION_JSON_VALUE);
			}
			if (info.getConsumesCondition().isEmpty() && readsBody(method)) {
				api.consumes(MediaType.APPLICATION_JSON_VALUE);
			}
			return api.build();
		}

		/** Sojourn's own handlers under /api, not those of libraries (the OpenAPI description). */
		private static boolean isApi(RequestMappingInfo info, Class<?> handlerType) {
			return handlerType.getPackageName().startsWith("org.sojourn")
					&& !info.getPatternValues().isEmpty()
					&& info.getPatternValues().stream().allMatch(pattern -> pattern.startsWith("/api/"));
		}

		private static boolean readsBody(Method method) {
			return Arrays.stream(method.getParameters())
				.anyMatch(parameter -> parameter.isAnnotationPresent(RequestBody.class));
		}

	}

}
