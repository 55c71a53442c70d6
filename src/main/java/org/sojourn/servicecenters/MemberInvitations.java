package org.sojourn.servicecenters;

import java.time.Instant;
import java.util.UUID;

/**
 * Invitations that go beyond Sojourn: the mail that tells someone of an invitation, and the invitation of someone
 * without an account to create one. Implemented by the accounts module, which owns accounts' links and mail.
 */
public interface MemberInvitations {

	/**
	 * Invites an email address without an account to create one and join the center; inviting the same address for
	 * the same role again sends a new link and the earlier one stops working.
	 *
	 * @return when the mailed link expires
	 */
	Instant inviteNewcomer(UUID centerId, String email, CenterRole role, String invitedBy);

	/** Tells an existing account by mail that an invitation or a membership waits for them in Sojourn. */
	void tellMember(String username, CenterRole role);

}
