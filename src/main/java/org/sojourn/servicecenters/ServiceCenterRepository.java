package org.sojourn.servicecenters;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import java.util.UUID;

interface ServiceCenterRepository extends JpaRepository<ServiceCenter, UUID> {

	boolean existsByLicenseNumber(String licenseNumber);

	/** Whether a center that requires a second factor counts this account among its administrators or facilitators. */
	@Query("""
			select count(c) > 0 from ServiceCenter c where c.requiresSecondFactor = true
			and (exists (select a from CenterAdministrator a where a.key.centerId = c.id and a.key.username = ?1)
			or exists (select f from CenterFacilitator f where f.key.centerId = c.id and f.key.facilitatorUsername = ?1
			and f.status = org.sojourn.servicecenters.FacilitatorStatus.ACCEPTED))""")
	boolean anyRequiringSecondFactorOf(String username);

}
