package org.sojourn.records;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationEventRepository extends JpaRepository<AdministrationEvent, UUID> {

	List<AdministrationEvent> findBySessionIdOrderByOccurredAtAsc(UUID sessionId);

}
