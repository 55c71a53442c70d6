package org.sojourn.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's authenticator app: its shared secret and the newest time step whose code was accepted. */
@Entity
@Table(name = "totp_factor")
class TotpFactor {

	@Id
	private String username;

	@Column(nullable = false)
	private String secret;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "last_used_step", nullable = false)
	private long lastUsedStep;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected TotpFactor() {
	}

	TotpFactor(String username, String secret) {
		this.username = username;
		this.secret = secret;
		this.createdAt = Instant.now();
	}

	String username() {
		return username;
	}

	String secret() {
		return secret;
	}

	boolean confirmed() {
		return confirmedAt != null;
	}

	long lastUsedStep() {
		return lastUsedStep;
	}

	/** Marks the step of an accepted code; codes of that step and earlier ones are never accepted again. */
	void used(long step) {
		lastUsedStep = step;
	}

	void confirm(long step) {
		used(step);
		confirmedAt = Instant.now();
	}

}
