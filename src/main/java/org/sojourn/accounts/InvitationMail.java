package org.sojourn.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Accounts;
import org.sojourn.mail.Mails;
import org.sojourn.servicecenters.CenterRole;
import org.sojourn.servicecenters.MemberInvitations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail of center invitations, in the transaction of the invitation. A mail says that an invitation waits and
 * links to it; it names neither the center's clients nor anything of their care.
 */
@Component
class InvitationMail implements MemberInvitations {

	static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final InvitationRepository invitations;

	private final SingleUseLinks links;

	private final Mails mails;

	private final Accounts accounts;

	private final AccountAudit audit;

	private final MailRequestThrottle throttle;

	InvitationMail(InvitationRepository invitations, SingleUseLinks links, Mails mails, Accounts accounts,
			MailRequestThrottle throttle, AccountAudit audit) {
		this.throttle = throttle;
		this.invitations = invitations;
		this.links = links;
		this.mails = mails;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Instant inviteNewcomer(UUID centerId, String email, CenterRole role, String invitedBy) {
		java.util.Optional<Invitation> open = invitations.findByCenterIdAndEmailIgnoreCaseAndRole(centerId, email, role)
			.filter(found -> !found.accepted());
		if (open.isPresent() && !throttle.allows(MailRequestThrottle.Request.INVITATION_RESENT, email)) {
			// Sent too often: the link already mailed keeps working, and the answer is the one a resend gets.
			java.util.Optional<Instant> until = links.openUntil(LinkPurpose.INVITATION, open.get().id().toString());
			if (until.isPresent()) {
				return until.get();
			}
		}
		Invitation invitation = open.orElseGet(() -> new Invitation(email, centerId, role, invitedBy));
		invitation.invitedAgainBy(invitedBy);
		invitations.save(invitation);
		SingleUseLinks.Issued link = links.issue(LinkPurpose.INVITATION, invitation.id().toString());
		mails.send(email, "You are invited to Sojourn", """
				An administrator of a licensed service center invited you to Sojourn as %s.

				Create your account here. The link works once, until %s:
				%s

				If you did not expect this invitation, ignore this mail; nothing happens without the link.
				""".formatted(describe(role), UNTIL.format(link.expiresAt()), mails.link("/join/" + link.token())));
		audit.record(invitedBy, AuditAction.CREATE, email, "invitation mailed to %s as %s".formatted(email, role),
				"ok");
		return link.expiresAt();
	}

	@Override
	@Transactional
	public void tellMember(String username, CenterRole role) {
		accounts.find(username).map(account -> account.getEmail()).filter(email -> email != null && !email.isBlank())
			.ifPresent(email -> mails.send(email, "Something waits for you in Sojourn", """
					A licensed service center added you in Sojourn as %s%s.

					Sign in to see it:
					%s
					""".formatted(describe(role), role == CenterRole.FACILITATOR ? "; accept or decline the invitation"
							: "", mails.link("/"))));
	}

	private static String describe(CenterRole role) {
		return role == CenterRole.ADMINISTRATOR ? "a center administrator" : "a facilitator";
	}

}
