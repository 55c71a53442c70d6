package org.sojourn.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A login of Sojourn. Facilitators, center administrators and operators are all accounts. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	private boolean operator;

	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Account() {
	}

	Account(String username, String passwordHash, String displayName, String email, boolean operator) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
		this.operator = operator;
		this.createdAt = Instant.now();
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	void changeEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void changeDisplayName(String displayName) {
		this.displayName = displayName;
	}

	void changeEmail(String email) {
		this.email = email;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public boolean isOperator() {
		return operator;
	}

	public boolean isEnabled() {
		return enabled;
	}

}
