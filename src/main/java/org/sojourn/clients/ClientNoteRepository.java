package org.sojourn.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientNoteRepository extends JpaRepository<ClientNote, UUID> {

	@Query("select distinct n from ClientNote n left join fetch n.revisions where n.clientId = :clientId")
	List<ClientNote> findWithRevisions(UUID clientId);

	Optional<ClientNote> findByIdAndClientId(UUID id, UUID clientId);

}
