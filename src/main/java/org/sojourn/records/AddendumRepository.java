package org.sojourn.records;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddendumRepository extends JpaRepository<Addendum, UUID> {

	List<Addendum> findBySessionIdOrderByRecordedAtAsc(UUID sessionId);

}
