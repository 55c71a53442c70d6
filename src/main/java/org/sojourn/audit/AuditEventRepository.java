package org.sojourn.audit;

import java.util.UUID;
import org.springframework.data.repository.Repository;

/**
 * The trail's only way to the database: append and query. It extends {@link Repository} rather than
 * {@code JpaRepository} so that no update or delete method exists to call.
 */
interface AuditEventRepository extends Repository<AuditEvent, UUID>, AuditEventSearch {

	AuditEvent save(AuditEvent event);

}
