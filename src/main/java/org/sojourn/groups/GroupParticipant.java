package org.sojourn.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A session's membership of a group. While the session is in the group {@code currentSessionId} repeats its id; the
 * column is unique, so a session is in at most one group at a time, whatever two requests do at once.
 */
@Entity
@Table(name = "group_participant")
@IdClass(GroupParticipant.Key.class)
class GroupParticipant {

	record Key(UUID groupId, UUID sessionId) implements Serializable {

		Key() {
			this(null, null);
		}

	}

	@Id
	@Column(name = "group_id")
	private UUID groupId;

	@Id
	@Column(name = "session_id")
	private UUID sessionId;

	@Column(name = "current_session_id")
	private UUID currentSessionId;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	@Column(name = "left_at")
	private Instant leftAt;

	@Column(name = "administered_at")
	private Instant administeredAt;

	@Column(name = "product_recorded_at")
	private Instant productRecordedAt;

	protected GroupParticipant() {
	}

	GroupParticipant(UUID groupId, UUID sessionId) {
		this.groupId = groupId;
		this.sessionId = sessionId;
		rejoin();
	}

	/** A session that left the group joins it again: the same row, in the group once more. */
	void rejoin() {
		this.currentSessionId = sessionId;
		this.joinedAt = Instant.now();
		this.leftAt = null;
	}

	void leave() {
		this.currentSessionId = null;
		this.leftAt = Instant.now();
	}

	void administered() {
		this.administeredAt = Instant.now();
	}

	void productRecorded() {
		this.productRecordedAt = Instant.now();
	}

	boolean isCurrent() {
		return currentSessionId != null;
	}

	boolean isAdministered() {
		return administeredAt != null;
	}

	boolean isProductRecorded() {
		return productRecordedAt != null;
	}

	UUID getGroupId() {
		return groupId;
	}

	UUID getSessionId() {
		return sessionId;
	}

	Instant getJoinedAt() {
		return joinedAt;
	}

}
