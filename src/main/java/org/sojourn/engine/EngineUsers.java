package org.sojourn.engine;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.sojourn.identity.AccountCreated;
import org.sojourn.identity.Accounts;
import org.sojourn.servicecenters.CenterEvents;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mirrors Sojourn's accounts and memberships into the engine's identity tables, because the Camunda webapps look
 * users and their groups up there. Sojourn's tables stay the source: the mirror follows their events and is
 * reconciled at every start. The mirrored password is random and never used: Camunda's own login is closed (see
 * identity.SecurityConfiguration); Spring Security signs people in.
 */
@Component
@Order(2)
class EngineUsers implements ApplicationRunner {

	/**
	 * The webapps send everyone to Camunda's first-user setup until some user belongs to "camunda-admin". This
	 * placeholder member has no Sojourn account, so nobody can sign in as it, and the group holds no permission.
	 */
	static final String SETUP_PLACEHOLDER = "sojourn-setup-done";

	private static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

	private final IdentityService identity;

	private final Accounts accounts;

	private final ServiceCenters centers;

	EngineUsers(IdentityService identity, Accounts accounts, ServiceCenters centers) {
		this.identity = identity;
		this.accounts = accounts;
		this.centers = centers;
	}

	@Override
	public void run(ApplicationArguments args) {
		accounts.all().forEach(this::accountCreated);
		for (Map.Entry<UUID, Set<String>> center : centers.administratorsByCenter().entrySet()) {
			String groupId = ServiceCenter.administratorsGroup(center.getKey());
			group(groupId, "Administrators of center " + center.getKey());
			identity.createUserQuery()
				.memberOfGroup(groupId)
				.list()
				.stream()
				.filter(member -> !center.getValue().contains(member.getId()))
				.forEach(member -> identity.deleteMembership(member.getId(), groupId));
			center.getValue().forEach(username -> member(username, groupId));
		}
		if (identity.createUserQuery().memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
			group(CAMUNDA_ADMIN_GROUP, "Camunda administrators (unused)");
			user(SETUP_PLACEHOLDER, "Setup placeholder (cannot sign in)", null);
			member(SETUP_PLACEHOLDER, CAMUNDA_ADMIN_GROUP);
		}
	}

	@EventListener
	void accountCreated(AccountCreated account) {
		user(account.username(), account.displayName(), account.email());
		group(EngineGroups.EVERYONE, "Everyone signed in to Sojourn");
		member(account.username(), EngineGroups.EVERYONE);
		if (account.operator()) {
			group(EngineGroups.OPERATORS, "Sojourn operators");
			member(account.username(), EngineGroups.OPERATORS);
		}
	}

	@EventListener
	void centerRegistered(CenterEvents.CenterRegistered center) {
		group(ServiceCenter.administratorsGroup(center.centerId()), "Administrators of " + center.name());
	}

	@EventListener
	void administratorAdded(CenterEvents.AdministratorAdded added) {
		// The account may have come into Sojourn's tables some other way than Sojourn's own (below).
		mirror(added.username());
		member(added.username(), ServiceCenter.administratorsGroup(added.centerId()));
	}

	/**
	 * An account that came into Sojourn's tables some other way than Sojourn's own (inserted by an operator, restored
	 * from a backup) published no event; it is mirrored by its first sign-in at the latest, so that Tasklist knows the
	 * person at once rather than after the next start.
	 */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		mirror(event.getAuthentication().getName());
	}

	private void mirror(String username) {
		accounts.find(username)
			.ifPresent(account -> accountCreated(new AccountCreated(account.getUsername(), account.getDisplayName(),
					account.getEmail(), account.isOperator())));
	}

	@EventListener
	void administratorRemoved(CenterEvents.AdministratorRemoved removed) {
		identity.deleteMembership(removed.username(), ServiceCenter.administratorsGroup(removed.centerId()));
	}

	private void user(String username, String displayName, String email) {
		if (identity.createUserQuery().userId(username).count() > 0) {
			return;
		}
		User user = identity.newUser(username);
		user.setFirstName(displayName);
		user.setLastName("");
		user.setEmail(email);
		user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
		identity.saveUser(user);
	}

	private void group(String groupId, String name) {
		if (identity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identity.newGroup(groupId);
			group.setName(name);
			group.setType("SOJOURN");
			identity.saveGroup(group);
		}
	}

	private void member(String username, String groupId) {
		if (identity.createUserQuery().userId(username).memberOfGroup(groupId).count() == 0) {
			identity.createMembership(username, groupId);
		}
	}

}
