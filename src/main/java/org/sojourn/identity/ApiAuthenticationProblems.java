package org.sojourn.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** 401 and 403 of the API as RFC 9457 problem details, like every other refusal of the API. */
final class ApiAuthenticationProblems {

	private ApiAuthenticationProblems() {
	}

	static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sojourn\"");
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign-in required",
				"Sign in with your Sojourn username and password (HTTP Basic). After repeated wrong passwords a "
						+ "username is locked for a while.");
	}

	static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed", "Your role does not allow this.");
	}

	private static void write(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"status\":%d,\"title\":\"%s\",\"detail\":\"%s\"}".formatted(status, title,
					detail));
	}

}
