package org.sojourn.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When an account last signed in through the sign-in form. */
@Entity
@Table(name = "account_activity")
class AccountActivity {

	@Id
	private String username;

	@Column(name = "last_sign_in_at", nullable = false)
	private Instant lastSignInAt;

	protected AccountActivity() {
	}

	AccountActivity(String username) {
		this.username = username;
	}

	void signedIn(Instant at) {
		this.lastSignInAt = at;
	}

	String username() {
		return username;
	}

	Instant lastSignInAt() {
		return lastSignInAt;
	}

}
