package org.sojourn.servicecenters;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.UUID;

interface ServiceCenterRepository extends JpaRepository<ServiceCenter, UUID> {

	boolean existsByLicenseNumber(String licenseNumber);

}
