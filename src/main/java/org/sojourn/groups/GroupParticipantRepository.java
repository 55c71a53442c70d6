package org.sojourn.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupParticipantRepository extends JpaRepository<GroupParticipant, GroupParticipant.Key> {

	List<GroupParticipant> findByGroupIdOrderByJoinedAt(UUID groupId);

	/** The group the session is in now. */
	Optional<GroupParticipant> findByCurrentSessionId(UUID sessionId);

	List<GroupParticipant> findBySessionIdOrderByJoinedAtDesc(UUID sessionId);

	List<GroupParticipant> findByCurrentSessionIdIn(Collection<UUID> sessionIds);

}
