package org.sojourn.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recovery code, known here only by its hash; used at most once. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

	@Id
	@Column(name = "code_hash")
	private String codeHash;

	@Column(nullable = false)
	private String username;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(String codeHash, String username) {
		this.codeHash = codeHash;
		this.username = username;
		this.createdAt = Instant.now();
	}

}
