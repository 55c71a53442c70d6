package org.sojourn.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One of a center's administration rooms. A room is retired, never deleted: past groups name it. */
@Entity
@Table(name = "room")
class Room {

	@Id
	private UUID id;

	@Column(name = "center_id", nullable = false, updatable = false)
	private UUID centerId;

	@Column(nullable = false)
	private String name;

	@Column(name = "maximum_occupancy", nullable = false)
	private int maximumOccupancy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "retired_at")
	private Instant retiredAt;

	@Version
	private long version;

	protected Room() {
	}

	Room(UUID centerId, String name, int maximumOccupancy) {
		this.id = UUID.randomUUID();
		this.centerId = centerId;
		this.name = name;
		this.maximumOccupancy = maximumOccupancy;
		this.createdAt = Instant.now();
	}

	void change(String name, int maximumOccupancy) {
		this.name = name;
		this.maximumOccupancy = maximumOccupancy;
	}

	void retire() {
		if (retiredAt == null) {
			retiredAt = Instant.now();
		}
	}

	boolean isRetired() {
		return retiredAt != null;
	}

	RoomView view() {
		return new RoomView(id, name, maximumOccupancy, isRetired());
	}

	UUID getId() {
		return id;
	}

	UUID getCenterId() {
		return centerId;
	}

	String getName() {
		return name;
	}

	int getMaximumOccupancy() {
		return maximumOccupancy;
	}

}
