package org.sojourn.servicecenters;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.sojourn.identity.Account;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a center. A center's administrators add administrators and invite facilitators; a facilitator
 * accepts or declines; only an accepted facilitator may bring sessions to the center. Removing keeps the row.
 */
@Service
public class CenterMemberships {

	private final ServiceCenterRepository centers;

	private final CenterAdministratorRepository administrators;

	private final CenterFacilitatorRepository facilitators;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final MemberInvitations invitations;

	CenterMemberships(ServiceCenterRepository centers, CenterAdministratorRepository administrators,
			CenterFacilitatorRepository facilitators, Accounts accounts, ApplicationEventPublisher events,
			MemberInvitations invitations) {
		this.centers = centers;
		this.administrators = administrators;
		this.facilitators = facilitators;
		this.accounts = accounts;
		this.events = events;
		this.invitations = invitations;
	}

	@Transactional(readOnly = true)
	public CenterViews.Members members(CurrentUser actor, UUID centerId) {
		ServiceCenter center = administered(actor, centerId);
		List<String> admins = administrators.findByKeyCenterId(centerId)
			.stream()
			.map(CenterAdministrator::username)
			.sorted()
			.toList();
		List<CenterViews.Membership> members = facilitators.findByKeyCenterId(centerId)
			.stream()
			.map(member -> member.view(center.getName()))
			.sorted(Comparator.comparing(CenterViews.Membership::facilitator))
			.toList();
		return new CenterViews.Members(view(center), admins, members);
	}

	@Transactional
	public void addAdministrator(CurrentUser actor, UUID centerId, String usernameOrEmail) {
		administered(actor, centerId);
		Account account = account(usernameOrEmail);
		if (!administrators.existsById(new CenterAdministrator.Key(centerId, account.getUsername()))) {
			administrators.save(new CenterAdministrator(centerId, account.getUsername()));
			events.publishEvent(new CenterEvents.AdministratorAdded(centerId, account.getUsername()));
			invitations.tellMember(account.getUsername(), CenterRole.ADMINISTRATOR);
		}
	}

	@Transactional
	public void removeAdministrator(CurrentUser actor, UUID centerId, String username) {
		administered(actor, centerId);
		CenterAdministrator.Key key = new CenterAdministrator.Key(centerId, username);
		if (!administrators.existsById(key)) {
			throw new MembershipRefused("%s is not an administrator of this center.".formatted(username));
		}
		if (administrators.countByKeyCenterId(centerId) == 1) {
			throw new MembershipRefused("A center keeps at least one administrator; add another one first.");
		}
		administrators.deleteById(key);
		events.publishEvent(new CenterEvents.AdministratorRemoved(centerId, username));
	}

	/** Invites a facilitator, or invites again one who declined or was removed. */
	@Transactional
	public CenterViews.Membership invite(CurrentUser actor, UUID centerId, String usernameOrEmail) {
		ServiceCenter center = administered(actor, centerId);
		Account account = account(usernameOrEmail);
		if (!accounts.isFacilitator(account.getUsername())) {
			throw new MembershipRefused("%s is not a licensed facilitator in Sojourn.".formatted(usernameOrEmail));
		}
		CenterFacilitator membership = facilitators
			.findById(new CenterFacilitator.Key(centerId, account.getUsername()))
			.orElse(null);
		if (membership == null) {
			membership = new CenterFacilitator(centerId, account.getUsername(), actor.username());
		}
		else if (membership.status() == FacilitatorStatus.ACCEPTED) {
			throw new MembershipRefused("%s already works with this center.".formatted(account.getUsername()));
		}
		else {
			membership.invite(actor.username());
		}
		CenterViews.Membership view = facilitators.save(membership).view(center.getName());
		invitations.tellMember(account.getUsername(), CenterRole.FACILITATOR);
		events.publishEvent(new CenterEvents.FacilitatorInvited(centerId, account.getUsername(), actor.username()));
		return view;
	}

	/**
	 * Invites by email someone who has no account yet: they get a link to create one. Empty when the username or
	 * address names an account (then {@link #invite} or {@link #addAdministrator} apply) or is no email address.
	 */
	@Transactional
	public java.util.Optional<CenterViews.EmailInvitation> inviteNewcomer(CurrentUser actor, UUID centerId,
			String usernameOrEmail, CenterRole role) {
		administered(actor, centerId);
		String email = usernameOrEmail == null ? "" : usernameOrEmail.strip();
		if (!looksLikeEmail(email) || accounts.findByUsernameOrEmail(email).isPresent()) {
			return java.util.Optional.empty();
		}
		java.time.Instant expires = invitations.inviteNewcomer(centerId, email, role, actor.username());
		return java.util.Optional.of(new CenterViews.EmailInvitation(centerId, email, role, expires));
	}

	/** An invited newcomer created their account through the invitation: they join as invited, accepted. */
	@Transactional
	public void joinedByInvitation(UUID centerId, String username, CenterRole role, String invitedBy) {
		if (role == CenterRole.ADMINISTRATOR) {
			administrators.save(new CenterAdministrator(centerId, username));
			events.publishEvent(new CenterEvents.AdministratorAdded(centerId, username));
			return;
		}
		CenterFacilitator membership = new CenterFacilitator(centerId, username, invitedBy);
		membership.respond(true);
		facilitators.save(membership);
	}

	static boolean looksLikeEmail(String text) {
		return text.length() <= 320 && text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	@Transactional
	public CenterViews.Membership respond(CurrentUser facilitator, UUID centerId, boolean accept) {
		CenterFacilitator membership = facilitators
			.findById(new CenterFacilitator.Key(centerId, facilitator.username()))
			.filter(found -> found.status() == FacilitatorStatus.INVITED)
			.orElseThrow(() -> new MembershipRefused("There is no open invitation from this center."));
		membership.respond(accept);
		events.publishEvent(new CenterEvents.InvitationAnswered(centerId, facilitator.username(), accept));
		return membership.view(centers.findById(centerId).map(ServiceCenter::getName).orElse(null));
	}

	@Transactional
	public void removeFacilitator(CurrentUser actor, UUID centerId, String username) {
		administered(actor, centerId);
		CenterFacilitator membership = facilitators.findById(new CenterFacilitator.Key(centerId, username))
			.orElseThrow(() -> new MembershipRefused("%s was never invited to this center.".formatted(username)));
		membership.remove();
	}

	/** The facilitator's invitations and memberships, all statuses. */
	@Transactional(readOnly = true)
	public List<CenterViews.Membership> membershipsOf(String facilitator) {
		return facilitators.findByKeyFacilitatorUsername(facilitator)
			.stream()
			.map(member -> member.view(centers.findById(member.centerId()).map(ServiceCenter::getName).orElse(null)))
			.toList();
	}

	/** Whether the center has accepted the facilitator, so that sessions may be associated with it. */
	@Transactional(readOnly = true)
	public boolean worksWith(UUID centerId, String facilitator) {
		return facilitators.findById(new CenterFacilitator.Key(centerId, facilitator))
			.map(member -> member.status() == FacilitatorStatus.ACCEPTED)
			.orElse(false);
	}

	private ServiceCenter administered(CurrentUser actor, UUID centerId) {
		if (!actor.administers(centerId)) {
			throw CenterNotFound.forId(centerId);
		}
		return centers.findById(centerId).orElseThrow(() -> CenterNotFound.forId(centerId));
	}

	private Account account(String usernameOrEmail) {
		return accounts.findByUsernameOrEmail(usernameOrEmail)
			.orElseThrow(() -> new MembershipRefused("No account has the username or email '%s'."
				.formatted(usernameOrEmail)));
	}

	static CenterViews.Center view(ServiceCenter center) {
		return new CenterViews.Center(center.getId(), center.getName(), center.getLicenseNumber());
	}

}
