package org.sojourn.servicecenters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class CenterViews {

	private CenterViews() {
	}

	public record Center(UUID id, String name, String licenseNumber) {
	}

	public record Membership(UUID centerId, String centerName, String facilitator, FacilitatorStatus status,
			String invitedBy, Instant invitedAt, Instant respondedAt) {
	}

	/** An invitation mailed to an address without an account. */
	public record EmailInvitation(UUID centerId, String email, CenterRole role, Instant linkExpiresAt) {
	}

	public record Members(Center center, List<String> administrators, List<Membership> facilitators) {
	}

}
