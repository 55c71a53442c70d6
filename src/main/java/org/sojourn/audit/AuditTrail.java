package org.sojourn.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.Sessions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and shows the audit trail. A record's trail is shown to those who may see the record itself (the owning
 * facilitator for a client; the facilitator and the center's administrators for a session); operators search all of
 * it. Every answer is metadata, newest first.
 */
@Service
public class AuditTrail {

	private final AuditEventRepository events;

	private final Clients clients;

	private final Sessions sessions;

	AuditTrail(AuditEventRepository events, Clients clients, Sessions sessions) {
		this.events = events;
		this.clients = clients;
		this.sessions = sessions;
	}

	/**
	 * Appends an entry, in the caller's transaction when there is one, so that a change and its entry are written
	 * together or not at all.
	 *
	 * @param what a short description without record content, such as "GET /api/sessions/{id}"
	 * @param outcome the HTTP status, or "ok" / "refused"
	 * @param source the client's address, or "engine" for work without a request
	 */
	@Transactional
	public void record(String actor, AuditAction action, AuditRecordType recordType, UUID recordId, String what,
			String outcome, String source) {
		events.save(new AuditEvent(actor, action, recordType, recordId, what, outcome, source));
	}

	/**
	 * Appends an event of an account (created, signed in, a factor added, disabled...), from the request's address.
	 * An account's entries carry record type ACCOUNT and {@link #accountRecordId}, so that operators find them by
	 * record as well as by actor.
	 *
	 * @param actor who did it: the account itself, an administrator, an operator, "anonymous" before sign-in
	 * @param what a short description without secrets, such as "account fiona: password changed"
	 */
	@Transactional
	public void recordAccountEvent(String actor, AuditAction action, String username, String what, String outcome) {
		record(actor, action, AuditRecordType.ACCOUNT, accountRecordId(username), what, outcome, requestSource());
	}

	/** Appends what someone did, from the request's address (or "system" without a request), as done. */
	@Transactional
	public void recordDone(String actor, AuditAction action, AuditRecordType recordType, UUID recordId, String what) {
		record(actor, action, recordType, recordId, what, "ok", requestSource());
	}

	/** The stable id of an account in the trail, derived from its username. */
	public static UUID accountRecordId(String username) {
		return UUID.nameUUIDFromBytes(("account:" + username).getBytes(StandardCharsets.UTF_8));
	}

	private static String requestSource() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "system";
	}

	/**
	 * Appends the entry of a request that was refused or failed, in a transaction of its own: it stands although the
	 * transaction the request ran in, if any, is rolled back (an idempotent request's is, when refused).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordRefusal(String actor, AuditAction action, AuditRecordType recordType, UUID recordId, String what,
			String outcome, String source) {
		events.save(new AuditEvent(actor, action, recordType, recordId, what, outcome, source));
	}

	/** The trail of a client record, for its facilitator only. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> forClient(CurrentUser user, UUID clientId, Pageable pageable) {
		if (!user.facilitator() || !clients.isOwnedBy(clientId, user.username())) {
			throw AuditRecordNotFound.client(clientId);
		}
		return find(AuditFilter.forRecord(AuditRecordType.CLIENT, clientId), pageable);
	}

	/** The trail of a session record, for those who may see the session. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> forSession(CurrentUser user, UUID sessionId, Pageable pageable) {
		if (!sessions.isVisibleTo(user, sessionId)) {
			throw AuditRecordNotFound.session(sessionId);
		}
		return find(AuditFilter.forRecord(AuditRecordType.SESSION, sessionId), pageable);
	}

	/** The whole trail for operators, by any combination of actor, record and time ({@code to} exclusive). */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(CurrentUser operator, String actor, AuditRecordType recordType, UUID recordId,
			Instant from, Instant to, Pageable pageable) {
		if (!operator.operator()) {
			throw new AccessDeniedException("Only operators search the audit trail.");
		}
		String someone = actor == null || actor.isBlank() ? null : actor.strip();
		return find(new AuditFilter(someone, recordType, recordId, from, to), pageable);
	}

	/** Always newest first, whatever order was asked for. */
	private Page<AuditEntry> find(AuditFilter filter, Pageable pageable) {
		return events.search(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
			.map(AuditEvent::view);
	}

}
