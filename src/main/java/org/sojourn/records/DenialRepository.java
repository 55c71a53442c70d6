package org.sojourn.records;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DenialRepository extends JpaRepository<Denial, UUID> {
}
