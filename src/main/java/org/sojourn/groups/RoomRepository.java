package org.sojourn.groups;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, UUID> {

	List<Room> findByCenterIdOrderByName(UUID centerId);

	Optional<Room> findByIdAndCenterId(UUID id, UUID centerId);

	boolean existsByCenterIdAndNameIgnoreCaseAndIdNot(UUID centerId, String name, UUID id);

}
