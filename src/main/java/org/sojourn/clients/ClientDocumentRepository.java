package org.sojourn.clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Views select the stored fields without the bytes, which only {@link #content} reads. */
interface ClientDocumentRepository extends JpaRepository<ClientDocument, UUID> {

	String VIEW = """
			select new org.sojourn.clients.DocumentView(d.id, d.originalName, d.mediaType, d.sizeBytes, d.sha256,
			d.uploadedBy, d.uploadedAt, d.deletedAt, d.deletedBy) from ClientDocument d
			""";

	@Query(VIEW + " where d.clientId = :clientId and d.deletedAt is null order by d.uploadedAt desc")
	List<DocumentView> listed(UUID clientId);

	@Query(VIEW + " where d.clientId = :clientId and d.deletedAt >= :deletedSince order by d.deletedAt desc")
	List<DocumentView> trash(UUID clientId, Instant deletedSince);

	@Query(VIEW + " where d.id = :id and d.clientId = :clientId")
	Optional<DocumentView> view(UUID clientId, UUID id);

	@Query("select d.content from ClientDocument d where d.id = :id")
	byte[] content(UUID id);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ClientDocument d set d.deletedAt = :at, d.deletedBy = :by where d.id = :id and d.deletedAt is null")
	int moveToTrash(UUID id, Instant at, String by);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ClientDocument d set d.deletedAt = null, d.deletedBy = null where d.id = :id")
	int restore(UUID id);

}
