package org.sojourn.servicecenters;

import java.util.UUID;

/** What happens to centers and their administrators, for whoever keeps a derived copy (the engine's groups). */
public final class CenterEvents {

	private CenterEvents() {
	}

	public record CenterRegistered(UUID centerId, String name) {
	}

	public record AdministratorAdded(UUID centerId, String username) {
	}

	public record AdministratorRemoved(UUID centerId, String username) {
	}

	/** A center invited a facilitator who has an account (again, after a decline or a removal). */
	public record FacilitatorInvited(UUID centerId, String facilitator, String invitedBy) {
	}

	/** A facilitator accepted or declined a center's invitation. */
	public record InvitationAnswered(UUID centerId, String facilitator, boolean accepted) {
	}

}
