package org.sojourn.groups;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends JpaRepository<AdministrationGroup, UUID> {

	List<AdministrationGroup> findByCenterIdOrderByScheduledAtDesc(UUID centerId);

	/**
	 * The group to change: its version goes up at commit even when only its participants change, so that a second
	 * administrator's change made meanwhile fails instead of mixing with this one.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select g from AdministrationGroup g where g.id = :id")
	Optional<AdministrationGroup> findForChange(UUID id);

	List<AdministrationGroup> findByRoomIdAndStatusIn(UUID roomId, Collection<GroupStatus> statuses);

}
