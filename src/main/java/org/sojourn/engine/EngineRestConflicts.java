package org.sojourn.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.TaskConflict;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Engine REST (and the webapps' copy of it, see {@link TasklistEngineApi}; its paths start with the engine's name)
 * answers a completion, form submission or claim that lost to another person's act with 409 and what
 * happened ("completed by someone else meanwhile", "claimed by carla"), and one on a task the user cannot see with
 * 404, where the engine's own handlers answer 500. Everything else keeps the engine's answer. The body keeps the
 * engine's error shape ({@code type}, {@code message}), which Tasklist and engine clients read, and adds
 * {@code reason} and {@code claimedBy}.
 *
 * <p>
 * Jersey picks the exception mapper nearest to the thrown type and, between equally near ones, the one of higher
 * priority: these are registered for the same types as the engine's own ({@link RestException}, which the task
 * resource wraps a failed completion in, and {@link ProcessEngineException}, which a claim throws as it is), with a
 * higher priority, plus {@link RuntimeException} (nearer than the engine's catch-all for {@code Throwable}) for what
 * the engine does not wrap, such as a conflict on Sojourn's own rows at commit.
 */
@Component
class EngineRestConflicts implements ResourceConfigCustomizer {

	/**
	 * Above the engine's handlers, which carry no priority and so rank as {@code Priorities.USER} (5000). Jersey reads
	 * it from the annotation; a priority given with the registration's contracts is not used for exception mappers.
	 */
	static final int BEFORE_THE_ENGINES = 4000;

	private static final Pattern TASK_ACT = Pattern
		.compile("/?(?:engine/[^/]+/)?task/([^/]+)/(complete|submit-form|claim)/?");

	private static final Logger log = LoggerFactory.getLogger(EngineRestConflicts.class);

	private final TaskConflicts conflicts;

	private final IdentityService identity;

	EngineRestConflicts(TaskConflicts conflicts, IdentityService identity) {
		this.conflicts = conflicts;
		this.identity = identity;
	}

	@Override
	public void customize(ResourceConfig config) {
		config.register(new RestExceptions(this));
		config.register(new EngineExceptions(this));
		config.register(new OtherFailures(this));
	}

	Response toResponse(Throwable failure, UriInfo uri) {
		Matcher task = TASK_ACT.matcher(uri.getPath());
		Authentication user = identity.getCurrentAuthentication();
		if (task.matches() && user != null && user.getUserId() != null) {
			Optional<RuntimeException> explained = conflicts.explain(task.group(1), user.getUserId(), failure);
			if (explained.isPresent() && explained.get() instanceof TaskConflict conflict) {
				log.info("{} of task {} by {} refused: {}", task.group(2), task.group(1), user.getUserId(),
						conflict.reason());
				return answer(Response.Status.CONFLICT, "TaskConflict", conflict.getMessage(), conflict);
			}
			if (explained.isPresent() && explained.get() instanceof SessionNotFound missing) {
				return answer(Response.Status.NOT_FOUND, "InvalidRequestException", missing.getMessage(), null);
			}
		}
		return ExceptionHandlerHelper.getInstance().getResponse(failure);
	}

	private static Response answer(Response.Status status, String type, String message, TaskConflict conflict) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		if (conflict != null) {
			body.put("reason", conflict.reason().name().toLowerCase());
			if (conflict.claimedBy() != null) {
				body.put("claimedBy", conflict.claimedBy());
			}
		}
		return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	/** A failed completion or form submission, which the task resource wraps. */
	@Priority(BEFORE_THE_ENGINES)
	static final class RestExceptions implements ExceptionMapper<RestException> {

		private final EngineRestConflicts conflicts;

		@Context
		private UriInfo uri;

		RestExceptions(EngineRestConflicts conflicts) {
			this.conflicts = conflicts;
		}

		@Override
		public Response toResponse(RestException failure) {
			return conflicts.toResponse(failure, uri);
		}

	}

	/** A failed claim, which the task resource lets through as the engine threw it. */
	@Priority(BEFORE_THE_ENGINES)
	static final class EngineExceptions implements ExceptionMapper<ProcessEngineException> {

		private final EngineRestConflicts conflicts;

		@Context
		private UriInfo uri;

		EngineExceptions(EngineRestConflicts conflicts) {
			this.conflicts = conflicts;
		}

		@Override
		public Response toResponse(ProcessEngineException failure) {
			return conflicts.toResponse(failure, uri);
		}

	}

	/**
	 * Anything else a completion or claim ran into that the engine does not wrap: a conflict on Sojourn's own rows at
	 * commit, or the engine tripping over an instance deleted while it read it.
	 */
	@Priority(BEFORE_THE_ENGINES)
	static final class OtherFailures implements ExceptionMapper<RuntimeException> {

		private final EngineRestConflicts conflicts;

		@Context
		private UriInfo uri;

		OtherFailures(EngineRestConflicts conflicts) {
			this.conflicts = conflicts;
		}

		@Override
		public Response toResponse(RuntimeException failure) {
			if (failure instanceof WebApplicationException) {
				return ExceptionHandlerHelper.getInstance().getResponse(failure);
			}
			return conflicts.toResponse(failure, uri);
		}

	}

}
