package org.sojourn.servicecenters;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A facilitator's standing with a center: invited, accepted, declined or removed. */
@Entity
@Table(name = "center_facilitator")
class CenterFacilitator {

	@EmbeddedId
	private Key key;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FacilitatorStatus status;

	@Column(name = "invited_by", nullable = false)
	private String invitedBy;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Version
	private long version;

	protected CenterFacilitator() {
	}

	CenterFacilitator(UUID centerId, String facilitator, String invitedBy) {
		this.key = new Key(centerId, facilitator);
		invite(invitedBy);
	}

	void invite(String invitedBy) {
		this.status = FacilitatorStatus.INVITED;
		this.invitedBy = invitedBy;
		this.invitedAt = Instant.now();
		this.respondedAt = null;
	}

	void respond(boolean accept) {
		this.status = accept ? FacilitatorStatus.ACCEPTED : FacilitatorStatus.DECLINED;
		this.respondedAt = Instant.now();
	}

	void remove() {
		this.status = FacilitatorStatus.REMOVED;
	}

	UUID centerId() {
		return key.centerId;
	}

	String facilitator() {
		return key.facilitatorUsername;
	}

	FacilitatorStatus status() {
		return status;
	}

	CenterViews.Membership view(String centerName) {
		return new CenterViews.Membership(key.centerId, centerName, key.facilitatorUsername, status, invitedBy,
				invitedAt, respondedAt);
	}

	@Embeddable
	record Key(@Column(name = "center_id") UUID centerId,
			@Column(name = "facilitator_username") String facilitatorUsername) implements Serializable {
	}

}
