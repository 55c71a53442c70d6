package org.sojourn.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Writes a trail entry for every signed-in request to one client or session record of the API, once its answer is
 * known: the action from the method, the record from the path (or, for a creation, from the Location answered),
 * the status as outcome. Requests without a record id (lists, refused creations) name no record and leave none.
 */
class RecordAccessInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RecordAccessInterceptor.class);

	/**
	 * /api/clients or /api/sessions, then optionally a record id and whatever follows it; or a client or session page,
	 * /clients or /sessions and what follows (pages name their acts in the last segment, as forms can only GET and
	 * POST).
	 */
	private static final Pattern RECORD_PATH = Pattern
		.compile("^(?:/api/(clients|sessions)|/(clients|sessions))(?:/([^/]+)(/.*)?)?/?$");

	private static final Pattern UUID_SEGMENT = Pattern
		.compile("(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

	private final AuditTrail trail;

	RecordAccessInterceptor(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String actor = request.getRemoteUser();
		if (actor == null) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = RECORD_PATH.matcher(path);
		if (!matcher.matches()) {
			return;
		}
		String collection = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		AuditRecordType type = collection.equals("clients") ? AuditRecordType.CLIENT : AuditRecordType.SESSION;
		String method = request.getMethod();
		String rest = matcher.group(4) == null ? "" : matcher.group(4);
		UUID recordId = matcher.group(3) != null ? uuid(matcher.group(3))
				: method.equals("POST") ? createdId(response.getHeader("Location"), collection) : null;
		if (recordId == null) {
			return;
		}
		String what = method.equals("GET") && rest.equals("/audit") ? "audit trail viewed"
				: method + " " + UUID_SEGMENT.matcher(path).replaceAll("{id}");
		int status = response.getStatus();
		String outcome = String.valueOf(ex != null && status < 400 ? 500 : status);
		AuditAction action = action(method, matcher.group(3) == null, rest);
		try {
			// A success joins the transaction its request may still run in (an idempotent request's), so that the
			// entry commits with the change; a refusal's entry must outlive that transaction's rollback.
			if (outcome.startsWith("2")) {
				trail.record(actor, action, type, recordId, what, outcome, request.getRemoteAddr());
			}
			else {
				trail.recordRefusal(actor, action, type, recordId, what, outcome, request.getRemoteAddr());
			}
		}
		catch (RuntimeException e) {
			// The answer has gone out already; the failure must at least not pass unnoticed.
			log.error("Audit trail entry not written: {} {} {} {} by {}", type, recordId, what, outcome, actor, e);
		}
	}

	/**
	 * GET reads; PUT updates; POST creates, unless its last segment names an act such as cancellation, or a page's
	 * edit (of the profile or of a note) or delete.
	 */
	static AuditAction action(String method, boolean collection, String rest) {
		return switch (method) {
			case "GET", "HEAD" -> AuditAction.READ;
			case "PUT", "PATCH" -> AuditAction.UPDATE;
			case "POST" -> collection ? AuditAction.CREATE : switch (rest.substring(rest.lastIndexOf('/') + 1)) {
				case "cancellation" -> AuditAction.CANCEL;
				case "denial" -> AuditAction.DENY;
				case "edit", "center" -> AuditAction.UPDATE;
				case "delete" -> AuditAction.OTHER;
				default -> rest.matches("/notes/[^/]+") ? AuditAction.UPDATE : AuditAction.CREATE;
			};
			default -> AuditAction.OTHER;
		};
	}

	private static UUID createdId(String location, String collection) {
		if (location == null) {
			return null;
		}
		Matcher created = RECORD_PATH.matcher(location.replaceFirst("^https?://[^/]+", ""));
		String createdIn = created.matches() ? (created.group(1) != null ? created.group(1) : created.group(2)) : null;
		return collection.equals(createdIn) && created.group(3) != null && created.group(4) == null
				? uuid(created.group(3)) : null;
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
