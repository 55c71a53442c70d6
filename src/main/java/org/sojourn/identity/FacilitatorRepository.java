package org.sojourn.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface FacilitatorRepository extends JpaRepository<Facilitator, String> {

	boolean existsByLicenseNumberIgnoreCase(String licenseNumber);

}
