package org.sojourn.accounts;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SingleUseLinkRepository extends JpaRepository<SingleUseLink, String> {

	/** Every link still open for the same purpose and subject stops working: only the newest one works. */
	@Modifying
	@Query("""
			update SingleUseLink l set l.supersededAt = :now
			where l.purpose = :purpose and l.subject = :subject and l.usedAt is null and l.supersededAt is null""")
	int supersedeOpen(@Param("purpose") LinkPurpose purpose, @Param("subject") String subject,
			@Param("now") Instant now);

	/** The link that works now for the purpose and subject, if any (at most one is open). */
	java.util.Optional<SingleUseLink> findFirstByPurposeAndSubjectAndUsedAtIsNullAndSupersededAtIsNullOrderByIssuedAtDesc(
			LinkPurpose purpose, String subject);

}
