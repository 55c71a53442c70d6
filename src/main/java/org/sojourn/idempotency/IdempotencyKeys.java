package org.sojourn.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys in the database. A key is claimed in a short transaction of its own before its request runs, so that a
 * retry on any node sees it at once; its answer is written by {@link #complete} in the request's own transaction.
 */
@Component
class IdempotencyKeys {

	/** What a request with a key may do. */
	sealed interface Claim {
	}

	/** The request runs; its answer is to be completed under this token. */
	record Claimed(UUID token) implements Claim {
	}

	/** The key has an answer for this very request: answer it again. */
	record Replay(StoredAnswer answer) implements Claim {
	}

	/** The key belongs to another request (another body or endpoint). */
	record Mismatch() implements Claim {
	}

	/** The first request with the key is still running. */
	record InFlight() implements Claim {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final IdempotencyProperties properties;

	IdempotencyKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
	}

	Claim claim(String username, String key, String requestHash) {
		// A few rounds at most: another request may remove or take over the row between two of these statements.
		for (int round = 0; round < 3; round++) {
			Instant now = Instant.now();
			UUID token = UUID.randomUUID();
			try {
				own.executeWithoutResult(status -> jdbc.update(
						"insert into app.idempotency_key (username, idempotency_key, request_hash, claim_token, claimed_at,"
								+ " expires_at) values (?, ?, ?, ?, ?, ?)",
						username, key, requestHash, token, at(now), at(now.plus(properties.retention()))));
				return new Claimed(token);
			}
			catch (DuplicateKeyException taken) {
				// Someone used the key before: read what they left.
			}
			KeyRow row = own.execute(status -> find(username, key));
			if (row == null) {
				continue;
			}
			if (!row.expiresAt().isAfter(now)) {
				own.executeWithoutResult(status -> jdbc.update(
						"delete from app.idempotency_key where username = ? and idempotency_key = ? and expires_at <= ?",
						username, key, at(now)));
				continue;
			}
			if (!row.requestHash().equals(requestHash)) {
				return new Mismatch();
			}
			if (row.answer() != null) {
				return new Replay(row.answer());
			}
			if (row.claimedAt().isAfter(now.minus(properties.lockTimeout()))) {
				return new InFlight();
			}
			// Abandoned: the request that claimed it ended without an answer and never released it (its node failed).
			// Its changes, if any were made, were never committed, since they commit only with an answer.
			Integer taken = own.execute(status -> jdbc.update(
					"update app.idempotency_key set claim_token = ?, claimed_at = ?, expires_at = ? where username = ?"
							+ " and idempotency_key = ? and claim_token = ? and response_status is null",
					token, at(now), at(now.plus(properties.retention())), username, key, row.claimToken()));
			if (taken != null && taken == 1) {
				return new Claimed(token);
			}
		}
		return new InFlight();
	}

	/**
	 * Keeps the answer, in the request's transaction. False when the claim is no longer this request's (a retry took
	 * over after the lock timeout): the request must then roll back.
	 */
	boolean complete(String username, String key, UUID token, StoredAnswer answer) {
		return jdbc.update(
				"update app.idempotency_key set response_status = ?, response_type = ?, response_location = ?,"
						+ " response_body = ? where username = ? and idempotency_key = ? and claim_token = ?"
						+ " and response_status is null",
				answer.status(), answer.contentType(), answer.location(), answer.body(), username, key, token) == 1;
	}

	/** Gives the key up after a refused or failed request, so that it can be retried at once. */
	void release(String username, String key, UUID token) {
		own.executeWithoutResult(status -> jdbc.update("delete from app.idempotency_key where username = ?"
				+ " and idempotency_key = ? and claim_token = ? and response_status is null", username, key, token));
	}

	/** Removes every key past its retention. Safe on several nodes at once: each deletes what is still there. */
	int removeExpired(Instant now) {
		Integer removed = own
			.execute(status -> jdbc.update("delete from app.idempotency_key where expires_at <= ?", at(now)));
		return removed == null ? 0 : removed;
	}

	private KeyRow find(String username, String key) {
		List<KeyRow> rows = jdbc.query(
				"select request_hash, claim_token, claimed_at, expires_at, response_status, response_type,"
						+ " response_location, response_body from app.idempotency_key where username = ?"
						+ " and idempotency_key = ?",
				(rs, n) -> new KeyRow(rs.getString("request_hash").strip(), rs.getObject("claim_token", UUID.class),
						rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
						rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
						rs.getObject("response_status") == null ? null
								: new StoredAnswer(rs.getInt("response_status"), rs.getString("response_type"),
										rs.getString("response_location"), rs.getBytes("response_body"))),
				username, key);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record KeyRow(String requestHash, UUID claimToken, Instant claimedAt, Instant expiresAt,
			StoredAnswer answer) {
	}

}
