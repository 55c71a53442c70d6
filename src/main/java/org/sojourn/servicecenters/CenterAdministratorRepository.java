package org.sojourn.servicecenters;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CenterAdministratorRepository extends JpaRepository<CenterAdministrator, CenterAdministrator.Key> {

	List<CenterAdministrator> findByKeyUsername(String username);

	List<CenterAdministrator> findByKeyCenterId(java.util.UUID centerId);

	long countByKeyCenterId(java.util.UUID centerId);

}
