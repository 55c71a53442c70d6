package org.sojourn.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

	@Query("select n from Notification n where n.recipient = :recipient order by n.createdAt desc, n.id")
	Page<Notification> newestFirst(@Param("recipient") String recipient, Pageable pageable);

	long countByRecipientAndReadAtIsNull(String recipient);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
	int readAll(@Param("recipient") String recipient, @Param("now") Instant now);

	@Query("select distinct n.recipient from Notification n where n.digestPending = true")
	List<String> recipientsWithDigestPending();

	/**
	 * Takes a person's waiting notifications for one digest. One conditional update decides: a second node running
	 * the same digest waits for the first one's row locks and then finds nothing pending.
	 */
	@Modifying
	@Query("""
			update Notification n set n.digestPending = false, n.digestId = :digest
			where n.recipient = :recipient and n.digestPending = true""")
	int claimForDigest(@Param("recipient") String recipient, @Param("digest") UUID digest);

	@Query("select n from Notification n where n.digestId = :digest order by n.createdAt, n.id")
	List<Notification> inDigest(@Param("digest") UUID digest);

}
