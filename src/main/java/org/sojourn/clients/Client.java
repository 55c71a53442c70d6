package org.sojourn.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A facilitator's record of one client. Two facilitators serving one person keep two records. */
@Entity
@Table(name = "client")
class Client {

	@Id
	private UUID id;

	@Column(name = "facilitator_username", nullable = false, updatable = false)
	private String facilitatorUsername;

	@Column(name = "legal_name", nullable = false)
	private String legalName;

	@Column(name = "preferred_name")
	private String preferredName;

	private String pronouns;

	@Column(name = "date_of_birth", nullable = false)
	private LocalDate dateOfBirth;

	private String email;

	private String phone;

	@Column(name = "emergency_contact_name")
	private String emergencyContactName;

	@Column(name = "emergency_contact_phone")
	private String emergencyContactPhone;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Client() {
	}

	Client(String facilitatorUsername, ClientProfile profile) {
		this.id = UUID.randomUUID();
		this.facilitatorUsername = facilitatorUsername;
		this.createdAt = Instant.now();
		update(profile);
	}

	void update(ClientProfile profile) {
		this.legalName = profile.legalName().strip();
		this.preferredName = profile.preferredName();
		this.pronouns = profile.pronouns();
		this.dateOfBirth = profile.dateOfBirth();
		this.email = profile.email();
		this.phone = profile.phone();
		this.emergencyContactName = profile.emergencyContactName();
		this.emergencyContactPhone = profile.emergencyContactPhone();
		this.updatedAt = Instant.now();
	}

	String facilitatorUsername() {
		return facilitatorUsername;
	}

	ClientView view() {
		return new ClientView(id, new ClientProfile(legalName, preferredName, pronouns, dateOfBirth, email, phone,
				emergencyContactName, emergencyContactPhone), createdAt, updatedAt, version);
	}

}
