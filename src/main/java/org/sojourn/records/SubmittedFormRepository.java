package org.sojourn.records;

import java.util.List;
import java.util.UUID;
import org.sojourn.sessions.SessionStep;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmittedFormRepository extends JpaRepository<SubmittedForm, UUID> {

	List<SubmittedForm> findBySessionIdOrderBySubmittedAtAsc(UUID sessionId);

	boolean existsBySessionIdAndStep(UUID sessionId, SessionStep step);

}
