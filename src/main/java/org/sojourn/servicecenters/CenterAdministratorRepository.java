package org.sojourn.servicecenters;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CenterAdministratorRepository extends JpaRepository<CenterAdministrator, CenterAdministrator.Key> {

	// Written out rather than derived from the method names: Spring Data JPA builds a derived query as a criteria
	// query on every call, which Hibernate translates to SQL every time, while a query string's translation is
	// cached. The first is read on every signed-in request (the user's centers), the second on every completion.
	@Query("select a from CenterAdministrator a where a.key.username = :username")
	List<CenterAdministrator> findByKeyUsername(String username);

	@Query("select a from CenterAdministrator a where a.key.centerId = :centerId")
	List<CenterAdministrator> findByKeyCenterId(java.util.UUID centerId);

	long countByKeyCenterId(java.util.UUID centerId);

}
