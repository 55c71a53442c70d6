package org.sojourn.servicecenters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A licensed premises where administration sessions happen. */
@Entity
@Table(name = "service_center")
public class ServiceCenter {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(name = "license_number", nullable = false, unique = true)
	private String licenseNumber;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Whether everyone who works the center's records (administrators, accepted facilitators) needs a second factor. */
	@Column(name = "requires_second_factor", nullable = false)
	private boolean requiresSecondFactor;

	protected ServiceCenter() {
	}

	ServiceCenter(String name, String licenseNumber) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.licenseNumber = licenseNumber;
		this.createdAt = Instant.now();
	}

	/** The group whose members work the center's tasks; the process routes administration tasks to it. */
	public static String administratorsGroup(UUID centerId) {
		return "center-" + centerId;
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public boolean requiresSecondFactor() {
		return requiresSecondFactor;
	}

	void requireSecondFactor(boolean required) {
		this.requiresSecondFactor = required;
	}

	public String getLicenseNumber() {
		return licenseNumber;
	}

}
