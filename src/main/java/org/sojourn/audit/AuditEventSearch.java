package org.sojourn.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Searching the trail by any combination of filters, newest first. */
interface AuditEventSearch {

	Page<AuditEvent> search(AuditFilter filter, Pageable pageable);

}
