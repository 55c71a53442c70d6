package org.sojourn.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The address an account asked to move to; the account keeps its old one until the mailed link is followed. */
@Entity
@Table(name = "account_email_change")
class PendingEmailChange {

	@Id
	private String username;

	@Column(name = "new_email", nullable = false)
	private String newEmail;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	protected PendingEmailChange() {
	}

	PendingEmailChange(String username) {
		this.username = username;
	}

	void askFor(String email, Instant now) {
		this.newEmail = email;
		this.requestedAt = now;
	}

	String newEmail() {
		return newEmail;
	}

}
