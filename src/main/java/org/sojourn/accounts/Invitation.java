package org.sojourn.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.sojourn.servicecenters.CenterRole;

/** A center's invitation of an email address without an account, until someone creates the account through it. */
@Entity
@Table(name = "account_invitation")
class Invitation {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String email;

	@Column(name = "center_id", nullable = false)
	private UUID centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CenterRole role;

	@Column(name = "invited_by", nullable = false)
	private String invitedBy;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "accepted_by")
	private String acceptedBy;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(String email, UUID centerId, CenterRole role, String invitedBy) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.centerId = centerId;
		this.role = role;
		invitedAgainBy(invitedBy);
	}

	void invitedAgainBy(String invitedBy) {
		this.invitedBy = invitedBy;
		this.invitedAt = Instant.now();
	}

	void acceptedBy(String username) {
		this.acceptedBy = username;
		this.acceptedAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	UUID centerId() {
		return centerId;
	}

	CenterRole role() {
		return role;
	}

	String invitedBy() {
		return invitedBy;
	}

	boolean accepted() {
		return acceptedAt != null;
	}

}
