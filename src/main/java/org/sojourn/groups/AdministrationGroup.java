package org.sojourn.groups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One group administration: when, in which room, the facilitators who attend. Its participants are rows of their own
 * ({@link GroupParticipant}). Every change of the group, its facilitators or its participants raises the version, so
 * of two administrators changing one group at once only the first commits.
 */
@Entity
@Table(name = "administration_group")
class AdministrationGroup {

	@Id
	private UUID id;

	@Column(name = "center_id", nullable = false, updatable = false)
	private UUID centerId;

	@Column(name = "room_id", nullable = false)
	private UUID roomId;

	@Column(name = "scheduled_at", nullable = false)
	private Instant scheduledAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GroupStatus status;

	@Column(name = "planned_by", nullable = false, updatable = false)
	private String plannedBy;

	@Column(name = "planned_at", nullable = false, updatable = false)
	private Instant plannedAt;

	@Column(name = "checked_in_at")
	private Instant checkedInAt;

	@Column(name = "administered_at")
	private Instant administeredAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "cancel_reason")
	private String cancelReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "group_facilitator", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "facilitator_username")
	private Set<String> facilitators = new LinkedHashSet<>();

	@Version
	private long version;

	protected AdministrationGroup() {
	}

	AdministrationGroup(UUID centerId, UUID roomId, Instant scheduledAt, Collection<String> facilitators,
			String plannedBy) {
		this.id = UUID.randomUUID();
		this.centerId = centerId;
		this.roomId = roomId;
		this.scheduledAt = scheduledAt;
		this.status = GroupStatus.PLANNED;
		this.plannedBy = plannedBy;
		this.plannedAt = Instant.now();
		this.facilitators.addAll(facilitators);
	}

	void changeFacilitators(Collection<String> facilitators) {
		this.facilitators.retainAll(facilitators);
		this.facilitators.addAll(facilitators);
	}

	void checkedIn() {
		status = GroupStatus.CHECKED_IN;
		checkedInAt = Instant.now();
	}

	void administered() {
		status = GroupStatus.ADMINISTERED;
		administeredAt = Instant.now();
	}

	void closed() {
		status = GroupStatus.CLOSED;
		closedAt = Instant.now();
	}

	void cancelled(String reason) {
		status = GroupStatus.CANCELLED;
		cancelledAt = Instant.now();
		cancelReason = reason;
	}

	UUID getId() {
		return id;
	}

	UUID getCenterId() {
		return centerId;
	}

	UUID getRoomId() {
		return roomId;
	}

	Instant getScheduledAt() {
		return scheduledAt;
	}

	GroupStatus getStatus() {
		return status;
	}

	Set<String> getFacilitators() {
		return Set.copyOf(facilitators);
	}

}
