package org.sojourn.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * No text with the NUL character (U+0000) enters Sojourn through the API: PostgreSQL cannot store it in a text
 * column, nor compare a query parameter with it, so it would fail at the database after validation had passed. JSON
 * strings bound to a field are refused while the body is read (400), a query parameter before the handler runs.
 * Form values, which arrive as untyped maps from every door, are checked by the form's own validation.
 */
@Configuration
class TextWithoutNul {

	static final String MESSAGE = "Text may not contain the NUL character (U+0000).";

	@Bean
	Module textWithoutNulModule() {
		return new SimpleModule("sojourn-text-without-nul").addDeserializer(String.class, new Deserializer());
	}

	static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = super.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				// The text itself stays out of the message, which may be logged.
				throw InvalidFormatException.from(parser, MESSAGE, null, String.class);
			}
			return text;
		}

	}

	/** Refuses a query string that decodes to a NUL: only an encoded {@code %00} does (Tomcat refuses a raw one). */
	static final class QueryInterceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String query = request.getQueryString();
			if (query != null && query.contains("%00")) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, MESSAGE);
				problem.setTitle("The request is not valid");
				throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
			}
			return true;
		}

	}

}
