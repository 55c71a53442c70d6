package org.sojourn.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.audit.AuditRecordType;
import org.sojourn.audit.AuditTrail;
import org.sojourn.identity.PasswordlessSignIn;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, lists, revokes and checks personal access tokens. A token is 32 random bytes; its SHA-256 digest is what
 * is stored and looked up. A slow password hash would add nothing: the token cannot be guessed, and the digest lets
 * a request be checked with one indexed read instead of a bcrypt.
 */
@Service
class ApiTokens {

	static final String PREFIX = "sjt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final AuditTrail audit;

	private final PasswordlessSignIn accounts;

	private final Duration defaultLifetime;

	private final Duration maxLifetime;

	private final Clock clock = Clock.systemUTC();

	ApiTokens(ApiTokenRepository tokens, AuditTrail audit, PasswordlessSignIn accounts,
			@Value("${sojourn.tokens.default-lifetime:P90D}") Duration defaultLifetime,
			@Value("${sojourn.tokens.max-lifetime:P365D}") Duration maxLifetime) {
		if (defaultLifetime.compareTo(maxLifetime) > 0 || defaultLifetime.isNegative() || defaultLifetime.isZero()) {
			throw new IllegalArgumentException("sojourn.tokens.default-lifetime must be positive and at most max-lifetime");
		}
		this.tokens = tokens;
		this.audit = audit;
		this.accounts = accounts;
		this.defaultLifetime = defaultLifetime;
		this.maxLifetime = maxLifetime;
	}

	/** A token just made: the secret is shown this once. */
	record Created(UUID id, String name, String secret, Instant expiresAt) {
	}

	long defaultDays() {
		return defaultLifetime.toDays();
	}

	long maxDays() {
		return maxLifetime.toDays();
	}

	/** Makes a token valid for the given number of days (the default when null); refuses a lifetime over the max. */
	@Transactional
	Created create(String username, String name, Integer days, String source) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 100) {
			throw new TokenRefused("Name the token (up to 100 characters), so that you know later where it is used.");
		}
		Duration lifetime = days == null ? defaultLifetime : Duration.ofDays(days);
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(maxLifetime) > 0) {
			throw new TokenRefused("A token lives from 1 to " + maxDays() + " days.");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = clock.instant();
		ApiToken token = tokens.save(new ApiToken(username, cleanName, digest(secret), now, now.plus(lifetime)));
		audit.record(username, AuditAction.CREATE, AuditRecordType.TOKEN, token.getId(), "API token created", "ok",
				source);
		return new Created(token.getId(), cleanName, secret, token.getExpiresAt());
	}

	@Transactional(readOnly = true)
	List<TokenView> list(String username) {
		Instant now = clock.instant();
		return tokens.findByUsernameOrderByCreatedAtDesc(username)
			.stream()
			.map(t -> new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(),
					t.getRevokedAt(), t.isUsableAt(now)))
			.toList();
	}

	/** Revokes one of the user's own tokens; another's token is not found, as if it did not exist. */
	@Transactional
	void revoke(String username, UUID id, String source) {
		ApiToken token = tokens.findById(id)
			.filter(t -> t.getUsername().equals(username))
			.orElseThrow(() -> new TokenRefused("No such token."));
		if (token.getRevokedAt() == null) {
			token.revoke(clock.instant());
			audit.record(username, AuditAction.OTHER, AuditRecordType.TOKEN, id, "API token revoked", "ok", source);
		}
	}

	/**
	 * Signs a request in with a token: its owner's enabled account, with the roles and centers the owner has now,
	 * all read in one transaction; empty for an unknown, revoked or expired token or a disabled account.
	 */
	@Transactional
	Optional<Authentication> signIn(String secret) {
		return owner(secret).flatMap(accounts::signIn);
	}

	/** The owner of a usable token, noting its use; empty for an unknown, revoked or expired one. */
	@Transactional
	Optional<String> owner(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Instant minuteAgo = now.minus(LAST_USE_PRECISION);
		return tokens.findByTokenHash(digest(secret)).filter(t -> t.isUsableAt(now)).map(t -> {
			// The last use is noted at most once a minute: most requests of a busy token write nothing. The update
			// stays conditional, for two nodes that both read an old time.
			if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(minuteAgo)) {
				tokens.noteUse(t.getId(), now, minuteAgo);
			}
			return t.getUsername();
		});
	}

	static String digest(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A refused token request: its message is shown to the user. */
	static final class TokenRefused extends RuntimeException {

		TokenRefused(String message) {
			super(message);
		}

	}

}
