package org.sojourn.signin;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TotpFactorRepository extends JpaRepository<TotpFactor, String> {

	/** Marks a step used unless it or a later one already was: 1 when this call accepted the code, else 0. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update TotpFactor f set f.lastUsedStep = ?2 where f.username = ?1 and f.lastUsedStep < ?2")
	int markUsed(String username, long step);

}
