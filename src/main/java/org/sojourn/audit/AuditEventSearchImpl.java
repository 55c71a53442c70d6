package org.sojourn.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Builds only the conditions a filter asks for. A JPQL query with "(:x is null or ...)" would send untyped null
 * parameters, which PostgreSQL refuses for uuid and timestamp values.
 */
class AuditEventSearchImpl implements AuditEventSearch {

	private final EntityManager entityManager;

	AuditEventSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
		CriteriaBuilder builder = entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEvent> query = builder.createQuery(AuditEvent.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		query.where(conditions(builder, event, filter))
			.orderBy(builder.desc(event.<Instant>get("occurredAt")), builder.desc(event.get("id")));
		List<AuditEvent> content = entityManager.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return PageableExecutionUtils.getPage(content, pageable, () -> count(builder, filter));
	}

	private long count(CriteriaBuilder builder, AuditFilter filter) {
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		query.select(builder.count(event)).where(conditions(builder, event, filter));
		return entityManager.createQuery(query).getSingleResult();
	}

	private static Predicate[] conditions(CriteriaBuilder builder, Root<AuditEvent> event, AuditFilter filter) {
		List<Predicate> conditions = new ArrayList<>();
		if (filter.actor() != null) {
			conditions.add(builder.equal(event.get("actor"), filter.actor()));
		}
		if (filter.recordType() != null) {
			conditions.add(builder.equal(event.get("recordType"), filter.recordType()));
		}
		if (filter.recordId() != null) {
			conditions.add(builder.equal(event.get("recordId"), filter.recordId()));
		}
		if (filter.from() != null) {
			conditions.add(builder.greaterThanOrEqualTo(event.<Instant>get("occurredAt"), filter.from()));
		}
		if (filter.to() != null) {
			conditions.add(builder.lessThan(event.<Instant>get("occurredAt"), filter.to()));
		}
		return conditions.toArray(Predicate[]::new);
	}

}
