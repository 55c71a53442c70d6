package org.sojourn.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mailed link, kept by the SHA-256 of its token only: the database never holds a working link. */
@Entity
@Table(name = "account_link")
class SingleUseLink {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LinkPurpose purpose;

	/** What the link acts on: an invitation's id, or a username. */
	@Column(nullable = false)
	private String subject;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "superseded_at")
	private Instant supersededAt;

	/** Two uses of one link at once: the second fails on this version rather than using it twice. */
	@jakarta.persistence.Version
	private long version;

	protected SingleUseLink() {
	}

	SingleUseLink(String tokenHash, LinkPurpose purpose, String subject, Instant issuedAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.subject = subject;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	LinkPurpose purpose() {
		return purpose;
	}

	String subject() {
		return subject;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant usedAt() {
		return usedAt;
	}

	Instant supersededAt() {
		return supersededAt;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	void supersede(Instant now) {
		this.supersededAt = now;
	}

}
