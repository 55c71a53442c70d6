package org.sojourn.signin;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, String> {

	@Query("select count(c) from RecoveryCode c where c.username = ?1 and c.usedAt is null")
	long countUnused(String username);

	/** Marks an unused code of the account used: 1 when this call used it, else 0. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RecoveryCode c set c.usedAt = ?3 where c.codeHash = ?1 and c.username = ?2 and c.usedAt is null")
	int markUsed(String codeHash, String username, Instant now);

	@Modifying(flushAutomatically = true)
	@Query("delete from RecoveryCode c where c.username = ?1")
	void deleteByUsername(String username);

}
