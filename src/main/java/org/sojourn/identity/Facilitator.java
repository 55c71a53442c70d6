package org.sojourn.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A licensed facilitator: an account with a facilitator license. */
@Entity
@Table(name = "facilitator")
public class Facilitator {

	@Id
	private String username;

	@Column(name = "license_number", nullable = false, unique = true)
	private String licenseNumber;

	protected Facilitator() {
	}

	Facilitator(String username, String licenseNumber) {
		this.username = username;
		this.licenseNumber = licenseNumber;
	}

	public String getUsername() {
		return username;
	}

	public String getLicenseNumber() {
		return licenseNumber;
	}

}
