package org.sojourn.identity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptThrottleRepository extends JpaRepository<AttemptThrottle, AttemptThrottle.Key> {

	/** The row locked until the counting transaction ends, so that two nodes counting at once both count. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from AttemptThrottle t where t.kind = :kind and t.key = :key")
	Optional<AttemptThrottle> findForUpdate(String kind, String key);

}
