package org.sojourn.servicecenters;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers centers and answers who administers which. */
@Service
public class ServiceCenters {

	private final ServiceCenterRepository centers;

	private final CenterAdministratorRepository administrators;

	ServiceCenters(ServiceCenterRepository centers, CenterAdministratorRepository administrators) {
		this.centers = centers;
		this.administrators = administrators;
	}

	@Transactional
	public ServiceCenter register(String name, String licenseNumber) {
		if (centers.existsByLicenseNumber(licenseNumber)) {
			throw new IllegalArgumentException("A center with license %s exists already".formatted(licenseNumber));
		}
		return centers.save(new ServiceCenter(name, licenseNumber));
	}

	@Transactional
	public void addAdministrator(UUID centerId, String username) {
		administrators.save(new CenterAdministrator(centerId, username));
	}

	@Transactional(readOnly = true)
	public Optional<ServiceCenter> find(UUID centerId) {
		return centers.findById(centerId);
	}

	@Transactional(readOnly = true)
	public List<ServiceCenter> all() {
		return centers.findAll(Sort.by("name"));
	}

	@Transactional(readOnly = true)
	public Set<UUID> centersAdministeredBy(String username) {
		return administrators.findByKeyUsername(username)
			.stream()
			.map(CenterAdministrator::centerId)
			.collect(Collectors.toUnmodifiableSet());
	}

}
