package org.sojourn.servicecenters;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CenterFacilitatorRepository extends JpaRepository<CenterFacilitator, CenterFacilitator.Key> {

	List<CenterFacilitator> findByKeyFacilitatorUsername(String facilitator);

	List<CenterFacilitator> findByKeyCenterId(UUID centerId);

}
