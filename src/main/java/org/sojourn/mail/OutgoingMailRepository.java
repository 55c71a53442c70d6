package org.sojourn.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, UUID> {

	/**
	 * Takes a mail for sending, unless it was sent or another node is sending it (since after {@code stale}): one
	 * row update decides, so of two nodes delivering the same publication only one sends.
	 */
	@Modifying
	@Query("""
			update OutgoingMail m set m.sendingSince = :now, m.attempts = m.attempts + 1
			where m.id = :id and m.sentAt is null and (m.sendingSince is null or m.sendingSince < :stale)""")
	int claim(@Param("id") UUID id, @Param("now") Instant now, @Param("stale") Instant stale);

	@Modifying
	@Query("update OutgoingMail m set m.sentAt = :now, m.sendingSince = null where m.id = :id")
	int markSent(@Param("id") UUID id, @Param("now") Instant now);

	/** Once the server took it, the body (which may hold a single-use link) is not kept. */
	@Modifying
	@Query("update OutgoingMail m set m.body = null where m.id = :id")
	int clearBody(@Param("id") UUID id);

	@Modifying
	@Query("update OutgoingMail m set m.sendingSince = null where m.id = :id")
	int release(@Param("id") UUID id);

	@Query("select m from OutgoingMail m order by m.createdAt desc")
	List<OutgoingMail> newestFirst(Pageable pageable);

}
