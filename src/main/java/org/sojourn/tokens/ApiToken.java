package org.sojourn.tokens;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One personal access token of one account; the token itself is never stored, only its SHA-256 digest. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(String username, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	UUID getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getName() {
		return name;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

	boolean isUsableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant at) {
		revokedAt = at;
	}

	void usedAt(Instant at) {
		lastUsedAt = at;
	}

}
