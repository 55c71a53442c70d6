package org.sojourn.records;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationRecordRepository extends JpaRepository<AdministrationRecord, UUID> {
}
