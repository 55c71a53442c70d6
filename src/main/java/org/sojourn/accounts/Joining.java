package org.sojourn.accounts;

import java.time.Instant;
import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Accounts;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating an account through a mailed invitation: the link is checked, every field is checked, and only then is
 * anything written (the account, its membership of the center, the link used up), all in one transaction.
 */
@Service
public class Joining {

	private static final String USERNAME = "[a-zA-Z0-9._-]{3,64}";

	private final SingleUseLinks links;

	private final InvitationRepository invitations;

	private final Accounts accounts;

	private final CenterMemberships memberships;

	private final PasswordRules passwords;

	private final AccountAudit audit;

	Joining(SingleUseLinks links, InvitationRepository invitations, Accounts accounts, CenterMemberships memberships,
			PasswordRules passwords, AccountAudit audit) {
		this.links = links;
		this.invitations = invitations;
		this.accounts = accounts;
		this.memberships = memberships;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** What an invitation link offers, for its page; refused when the link does not work. */
	public record Offer(String email, CenterRole role, Instant linkExpiresAt, int passwordMinimum) {

		public boolean facilitator() {
			return role == CenterRole.FACILITATOR;
		}

	}

	@Transactional(readOnly = true)
	public Offer offer(String token) {
		SingleUseLink link = links.check(LinkPurpose.INVITATION, token);
		Invitation invitation = invitation(link);
		return new Offer(invitation.email(), invitation.role(), link.expiresAt(), passwords.minimumFor(null));
	}

	/** Creates the account and its membership; returns its username. */
	@Transactional
	public String join(String token, NewAccount request) {
		SingleUseLink link = links.check(LinkPurpose.INVITATION, token);
		Invitation invitation = invitation(link);
		String username = strip(request.username());
		String displayName = strip(request.displayName());
		String license = strip(request.licenseNumber());
		checkNewAccount(request, invitation.email(), invitation.role() == CenterRole.FACILITATOR);
		links.redeem(LinkPurpose.INVITATION, token);
		if (invitation.role() == CenterRole.FACILITATOR) {
			accounts.createFacilitator(username, request.password(), displayName, invitation.email(), license);
		}
		else {
			accounts.createAccount(username, request.password(), displayName, invitation.email(), false);
		}
		memberships.joinedByInvitation(invitation.centerId(), username, invitation.role(), invitation.invitedBy());
		invitation.acceptedBy(username);
		invitations.save(invitation);
		audit.record(username, AuditAction.CREATE, username,
				"account %s created through an invitation as %s".formatted(username, invitation.role()), "ok");
		return username;
	}

	/** Refuses, before anything is written, a new account that cannot be created as asked. */
	void checkNewAccount(NewAccount request, String email, boolean facilitator) {
		String username = strip(request.username());
		String displayName = strip(request.displayName());
		String license = strip(request.licenseNumber());
		if (!username.matches(USERNAME)) {
			throw new JoinRefused("username", "Choose a username of 3 to 64 letters, digits, '.', '_' or '-'.");
		}
		if (displayName.isEmpty() || displayName.length() > 200) {
			throw new JoinRefused("displayName", "Give your name as colleagues should see it (up to 200 characters).");
		}
		passwords.check(username, email, request.password());
		if (facilitator && (license.isEmpty() || license.length() > 64)) {
			throw new JoinRefused("licenseNumber", "Give your OHA facilitator license number.");
		}
		if (accounts.exists(username)) {
			throw new JoinRefused("username", "The username '%s' is taken; choose another.".formatted(username),
					HttpStatus.CONFLICT);
		}
		if (accounts.findByEmail(email).isPresent()) {
			throw new JoinRefused("email", "An account with this email address exists already. Sign in with it, or "
					+ "use \"Forgot password\".", HttpStatus.CONFLICT);
		}
		if (facilitator && accounts.licenseInUse(license)) {
			throw new JoinRefused("licenseNumber", "Another account has this license number.", HttpStatus.CONFLICT);
		}
	}

	private Invitation invitation(SingleUseLink link) {
		Invitation invitation = invitations.findById(UUID.fromString(link.subject()))
			.orElseThrow(LinkRefused::unknown);
		if (invitation.accepted()) {
			throw LinkRefused.used();
		}
		return invitation;
	}

	static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
