package org.sojourn.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, UUID> {

	@Query("""
			select c from Client c where c.facilitatorUsername = :facilitator
			and (:search is null or lower(c.legalName) like :search or lower(c.preferredName) like :search)
			""")
	Page<Client> search(String facilitator, String search, Pageable pageable);

	/** The facilitator's clients of this legal name (any case, spaces around it ignored) and date of birth. */
	@Query("""
			select c.id from Client c where c.facilitatorUsername = :facilitator
			and lower(trim(c.legalName)) = :legalName and c.dateOfBirth = :dateOfBirth order by c.createdAt
			""")
	List<UUID> findLikelySame(String facilitator, String legalName, LocalDate dateOfBirth);

}
