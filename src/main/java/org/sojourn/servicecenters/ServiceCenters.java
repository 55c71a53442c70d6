package org.sojourn.servicecenters;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.AdministeredCenters;
import org.sojourn.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers centers and answers who administers which. */
@Service
public class ServiceCenters implements AdministeredCenters {

	private final ServiceCenterRepository centers;

	private final CenterAdministratorRepository administrators;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final MemberInvitations invitations;

	ServiceCenters(ServiceCenterRepository centers, CenterAdministratorRepository administrators, Accounts accounts,
			ApplicationEventPublisher events, MemberInvitations invitations) {
		this.centers = centers;
		this.administrators = administrators;
		this.accounts = accounts;
		this.events = events;
		this.invitations = invitations;
	}

	/**
	 * Registers a center for an operator. The first administrator is named by username or email: an account found
	 * becomes the administrator (and is told by mail); an email address without an account is invited by mail to
	 * create one, and becomes the administrator on doing so. Anything else is refused with nothing written.
	 */
	@Transactional
	public ServiceCenter register(String name, String licenseNumber, String firstAdministrator, String operator) {
		String named = firstAdministrator == null ? "" : firstAdministrator.strip();
		var account = accounts.findByUsernameOrEmail(named);
		if (account.isEmpty() && !CenterMemberships.looksLikeEmail(named)) {
			throw RegistrationRefused.noAccount(named);
		}
		ServiceCenter center = register(name, licenseNumber);
		if (account.isPresent()) {
			addAdministrator(center.getId(), account.get().getUsername());
			invitations.tellMember(account.get().getUsername(), CenterRole.ADMINISTRATOR);
		}
		else {
			invitations.inviteNewcomer(center.getId(), named, CenterRole.ADMINISTRATOR, operator);
		}
		return center;
	}

	/**
	 * Registers a center with its first administrator, who then manages the rest of its membership. Refused, with
	 * nothing written, when the administrator has no account.
	 */
	@Transactional
	public ServiceCenter register(String name, String licenseNumber, String firstAdministrator) {
		if (firstAdministrator == null || !accounts.exists(firstAdministrator)) {
			throw RegistrationRefused.noAccount(firstAdministrator);
		}
		ServiceCenter center = register(name, licenseNumber);
		addAdministrator(center.getId(), firstAdministrator);
		return center;
	}

	@Transactional
	public ServiceCenter register(String name, String licenseNumber) {
		if (centers.existsByLicenseNumber(licenseNumber)) {
			throw RegistrationRefused.licenseTaken(licenseNumber);
		}
		ServiceCenter center = centers.save(new ServiceCenter(name, licenseNumber));
		events.publishEvent(new CenterEvents.CenterRegistered(center.getId(), center.getName()));
		return center;
	}

	@Transactional
	public void addAdministrator(UUID centerId, String username) {
		administrators.save(new CenterAdministrator(centerId, username));
		events.publishEvent(new CenterEvents.AdministratorAdded(centerId, username));
	}

	/** Every center with the usernames of its administrators. */
	@Transactional(readOnly = true)
	public Map<UUID, Set<String>> administratorsByCenter() {
		Map<UUID, Set<String>> byCenter = new HashMap<>();
		centers.findAll().forEach(center -> byCenter.put(center.getId(), new HashSet<>()));
		administrators.findAll().forEach(admin -> byCenter.get(admin.centerId()).add(admin.username()));
		return byCenter;
	}

	/** The usernames of one center's administrators (none for an unknown center). */
	@Transactional(readOnly = true)
	public Set<String> administratorsOf(UUID centerId) {
		return administrators.findByKeyCenterId(centerId)
			.stream()
			.map(CenterAdministrator::username)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Transactional(readOnly = true)
	public Optional<ServiceCenter> find(UUID centerId) {
		return centers.findById(centerId);
	}

	@Transactional(readOnly = true)
	public List<ServiceCenter> all() {
		return centers.findAll(Sort.by("name"));
	}

	/** Sets whether the center requires a second factor; for its administrators only (anyone else: no such center). */
	@Transactional
	public void requireSecondFactor(CurrentUser actor, UUID centerId, boolean required) {
		if (!actor.administers(centerId)) {
			throw CenterNotFound.forId(centerId);
		}
		centers.findById(centerId).orElseThrow(() -> CenterNotFound.forId(centerId)).requireSecondFactor(required);
	}

	/** Whether any center whose records this account works requires a second factor. */
	@Transactional(readOnly = true)
	public boolean requireSecondFactorOf(String username) {
		return centers.anyRequiringSecondFactorOf(username);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> centersAdministeredBy(String username) {
		return administrators.findByKeyUsername(username)
			.stream()
			.map(CenterAdministrator::centerId)
			.collect(Collectors.toUnmodifiableSet());
	}

}
