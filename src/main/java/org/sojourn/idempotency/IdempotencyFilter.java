package org.sojourn.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.idempotency.IdempotencyKeys.Claim;
import org.sojourn.idempotency.IdempotencyKeys.Claimed;
import org.sojourn.idempotency.IdempotencyKeys.InFlight;
import org.sojourn.idempotency.IdempotencyKeys.Replay;
import org.sojourn.idempotency.RequestFingerprint.BodyTooLarge;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a POST with an Idempotency-Key once per signed-in user and key. The request runs in one transaction that also
 * keeps its answer, so its changes and the answer its retries get are committed together or not at all; a refused
 * or failed request keeps nothing and gives the key up, so it can be sent again.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	/** Visible ASCII, without the quotes of an RFC 8941 string (many clients send the bare value). */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotencyKeys keys;

	private final TransactionTemplate requestTransaction;

	private final KeyAnswers answers;

	private final long maxBody;

	IdempotencyFilter(IdempotencyKeys keys, PlatformTransactionManager transactions, KeyAnswers answers,
			DataSize maxBody) {
		this.keys = keys;
		this.maxBody = maxBody.toBytes();
		this.requestTransaction = new TransactionTemplate(transactions);
		this.answers = answers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| request.getRemoteUser() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = unquoted(request.getHeader(HEADER).strip());
		if (!KEY.matcher(key).matches()) {
			answers.invalidKey(request, response);
			return;
		}
		Optional<RequestFingerprint> fingerprint;
		try {
			fingerprint = RequestFingerprint.of(request, maxBody);
		}
		catch (BodyTooLarge e) {
			answers.tooLarge(request, response, e.maxBody());
			return;
		}
		if (fingerprint.isEmpty()) {
			// A body that cannot be read is refused by its handler, which writes nothing; nothing to keep either.
			chain.doFilter(request, response);
			return;
		}
		String username = request.getRemoteUser();
		Claim claim = keys.claim(username, key, fingerprint.get().hash());
		if (claim instanceof Claimed claimed) {
			run(fingerprint.get().request(), response, chain, username, key, claimed.token());
		}
		else if (claim instanceof Replay replay) {
			answers.replay(response, replay.answer());
		}
		else if (claim instanceof InFlight) {
			answers.inFlight(request, response);
		}
		else {
			answers.otherRequest(request, response);
		}
	}

	/**
	 * The request and its answer in one transaction. The answer is buffered and sent only after the commit, so a
	 * client never sees a success that was not committed, nor its retry a result the first request did not keep.
	 */
	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String username,
			String key, UUID token) throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		Boolean kept;
		try {
			kept = requestTransaction.execute(transaction -> {
				try {
					chain.doFilter(request, answer);
				}
				catch (IOException | ServletException e) {
					throw new Failed(e);
				}
				if (!StoredAnswer.isKept(answer.getStatus())) {
					// A refusal changes nothing, whatever the handler did before it refused.
					transaction.setRollbackOnly();
					return false;
				}
				if (!keys.complete(username, key, token, KeyAnswers.kept(answer))) {
					transaction.setRollbackOnly();
					return null;
				}
				return true;
			});
		}
		catch (RuntimeException e) {
			release(username, key, token);
			if (e instanceof ConcurrencyFailureException && !response.isCommitted()) {
				log.info("Idempotent request not committed, changed concurrently: {}", e.getMessage());
				answers.changedConcurrently(request, response);
				return;
			}
			if (e instanceof Failed failed) {
				failed.rethrow();
			}
			throw e;
		}
		if (kept == null) {
			answers.takenOver(request, response);
			return;
		}
		if (!kept) {
			release(username, key, token);
		}
		answer.copyBodyToResponse();
	}

	/** A key that cannot be given up now stays claimed until the lock timeout, then a retry takes it over. */
	private void release(String username, String key, UUID token) {
		try {
			keys.release(username, key, token);
		}
		catch (DataAccessException e) {
			log.warn("Idempotency key not released, retries wait for the lock timeout: {}", e.getMessage());
		}
	}

	private static String unquoted(String value) {
		return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
				? value.substring(1, value.length() - 1) : value;
	}

	/** Carries the chain's checked exceptions out of the transaction callback. */
	private static final class Failed extends RuntimeException {

		Failed(Exception cause) {
			super(cause);
		}

		void rethrow() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) getCause();
		}

	}

}
