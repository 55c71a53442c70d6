package org.sojourn.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.forms.FormFields;
import org.sojourn.forms.FormSchema;
import org.sojourn.forms.FormSchemas;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of the session records that a center's quarterly report reads, and nothing more: no names, no narratives,
 * only ids, kinds, codes, the data-reporting answers and which administrations were group ones. Read-only.
 * Corrections (addenda) to the administration record and to the consents form are applied, since the corrected record
 * is the record.
 */
@Component
public class ReportingData {

	/**
	 * An administration session with what its record (as corrected) says.
	 *
	 * @param startedAt the start of the session, which decides the quarter it belongs to
	 * @param groupId the group administration the client was administered in; null for an individual one (also when
	 *     the session left its group before consumption)
	 */
	public record Administration(UUID sessionId, UUID clientId, Instant startedAt, boolean adverseReactionNoted,
			boolean emergencyServicesCalled, UUID groupId) {

		public boolean individual() {
			return groupId == null;
		}

	}

	/**
	 * A group administration session of the period: a group of the center, scheduled in the period, in which at least
	 * one participant was administered.
	 *
	 * @param participantsAdministered participants whose administration was recorded while in the group (not those who
	 *     left it before consumption)
	 */
	public record GroupSession(UUID groupId, Instant scheduledAt, int participantsAdministered) {
	}

	/** An adverse reaction recorded during administration. */
	public record Reaction(UUID sessionId, AdministrationEventKind kind, ReactionSeverity severity,
			boolean emergencyServicesCalled) {
	}

	public record Denied(UUID sessionId, UUID clientId, DenialCode code) {
	}

	/**
	 * The data-reporting part of a consents form, as corrected.
	 *
	 * @param answers the opt-out choice and the answered data-reporting questions, by field key
	 */
	public record Consents(UUID sessionId, UUID clientId, Instant submittedAt, Map<String, String> answers) {

		public boolean participates() {
			return FormFields.ConsentsAndPlans.PARTICIPATES
				.equals(answers.get(FormFields.ConsentsAndPlans.DATA_REPORTING_OPT_OUT));
		}

	}

	/**
	 * What a center recorded in a period.
	 *
	 * @param administrations administration sessions that started in the period, individual or in a group
	 * @param groupSessions group administrations of the period, by the group's scheduled time
	 * @param reactions adverse reactions that occurred in the period
	 * @param denials denials decided in the period
	 * @param consents the consents forms of the sessions in {@code administrations}
	 */
	public record CenterPeriod(List<Administration> administrations, List<GroupSession> groupSessions,
			List<Reaction> reactions, List<Denied> denials, List<Consents> consents) {
	}

	/** A data-reporting question of the consents form with its choices, labelled as the form labels them. */
	public record Question(String key, String label, List<Choice> choices) {
	}

	public record Choice(String value, String label) {
	}

	private static final List<AdministrationEventKind> REACTION_KINDS = Arrays.stream(AdministrationEventKind.values())
		.filter(AdministrationEventKind::isReaction)
		.toList();

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final ObjectMapper objectMapper;

	private final ZoneId zone;

	private final List<Question> questions;

	ReportingData(EntityManager entityManager, JdbcClient jdbc, ObjectMapper objectMapper, FormSchemas schemas,
			@Value("${sojourn.time-zone}") ZoneId zone) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
		this.zone = zone;
		this.questions = readQuestions(schemas);
	}

	/** The data-reporting (303) questions, in the form's order. */
	public List<Question> dataReportingQuestions() {
		return questions;
	}

	/** The kinds of administration event that are adverse reactions. */
	public List<AdministrationEventKind> reactionKinds() {
		return REACTION_KINDS;
	}

	/**
	 * What the sessions associated with the center recorded from {@code from} (inclusive) to {@code to}
	 * (exclusive).
	 */
	@Transactional(readOnly = true)
	public CenterPeriod of(UUID centerId, Instant from, Instant to) {
		List<Administration> administrations = administrations(centerId, from, to);
		return new CenterPeriod(administrations, groupSessions(centerId, from, to), reactions(centerId, from, to),
				denials(centerId, from, to), consents(administrations));
	}

	/**
	 * Administrations whose (corrected) start lies in the period. An addendum may have moved the start, so records
	 * with an addendum are read whatever their original start and checked after correction.
	 */
	private List<Administration> administrations(UUID centerId, Instant from, Instant to) {
		List<Object[]> rows = entityManager.createQuery("""
				select a.sessionId, s.clientId, a.startedAt, a.adverseReaction, a.emergencyServices
				from AdministrationRecord a, Session s
				where s.id = a.sessionId and s.centerId = :center
				  and ((a.startedAt >= :from and a.startedAt < :to)
				       or exists (select d.id from Addendum d
				                  where d.sessionId = a.sessionId and d.target = :administration))
				""", Object[].class)
			.setParameter("center", centerId)
			.setParameter("from", from)
			.setParameter("to", to)
			.setParameter("administration", SessionRecordEntries.ADMINISTRATION)
			.getResultList();
		List<UUID> sessionIds = rows.stream().map(row -> (UUID) row[0]).toList();
		Map<String, Map<String, Object>> corrections = corrections(sessionIds);
		Map<UUID, UUID> groupBySession = administeredInGroups(sessionIds);
		List<Administration> administrations = new ArrayList<>();
		for (Object[] row : rows) {
			UUID sessionId = (UUID) row[0];
			Map<String, Object> corrected = corrections
				.getOrDefault(SessionRecordEntries.ADMINISTRATION + "/" + sessionId, Map.of());
			Instant startedAt = corrected.containsKey(FormFields.AdministrationRecord.SESSION_STARTED_AT)
					? instant(corrected.get(FormFields.AdministrationRecord.SESSION_STARTED_AT), (Instant) row[2])
					: (Instant) row[2];
			if (startedAt.isBefore(from) || !startedAt.isBefore(to)) {
				continue;
			}
			administrations.add(new Administration(sessionId, (UUID) row[1], startedAt,
					flag(corrected, FormFields.AdministrationRecord.ADVERSE_REACTION_OCCURRED, (Boolean) row[3]),
					flag(corrected, FormFields.AdministrationRecord.EMERGENCY_SERVICES_CALLED, (Boolean) row[4]),
					groupBySession.get(sessionId)));
		}
		return administrations;
	}

	/**
	 * The group each of the sessions was administered in, for those administered in one. The group tables belong to
	 * the groups module, which depends on this one; they are read here by SQL so that records need not know it.
	 */
	private Map<UUID, UUID> administeredInGroups(Collection<UUID> sessionIds) {
		if (sessionIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, UUID> groupBySession = new HashMap<>();
		jdbc.sql("""
				select session_id, group_id from app.group_participant
				where administered_at is not null and session_id in (:sessions)
				""")
			.param("sessions", sessionIds)
			.query(row -> {
				groupBySession.put(row.getObject("session_id", UUID.class), row.getObject("group_id", UUID.class));
			});
		return groupBySession;
	}

	/**
	 * Groups of the center scheduled in the period with the number of their participants administered in them; a
	 * group in which nobody was administered (cancelled, or everyone left) is no group session.
	 */
	private List<GroupSession> groupSessions(UUID centerId, Instant from, Instant to) {
		return jdbc.sql("""
				select g.id, g.scheduled_at, count(p.session_id) as administered
				from app.administration_group g join app.group_participant p on p.group_id = g.id
				where g.center_id = :center and g.scheduled_at >= :from and g.scheduled_at < :to
				  and p.administered_at is not null
				group by g.id, g.scheduled_at
				""")
			.param("center", centerId)
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((row, number) -> new GroupSession(row.getObject("id", UUID.class),
					row.getObject("scheduled_at", OffsetDateTime.class).toInstant(), row.getInt("administered")))
			.list();
	}

	private List<Reaction> reactions(UUID centerId, Instant from, Instant to) {
		return entityManager.createQuery("""
				select e.sessionId, e.kind, e.severity, e.emergencyServices
				from AdministrationEvent e, Session s
				where s.id = e.sessionId and s.centerId = :center and e.kind in :kinds
				  and e.occurredAt >= :from and e.occurredAt < :to
				""", Object[].class)
			.setParameter("center", centerId)
			.setParameter("kinds", REACTION_KINDS)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList()
			.stream()
			.map(row -> new Reaction((UUID) row[0], (AdministrationEventKind) row[1], (ReactionSeverity) row[2],
					(Boolean) row[3]))
			.toList();
	}

	private List<Denied> denials(UUID centerId, Instant from, Instant to) {
		return entityManager.createQuery("""
				select d.sessionId, s.clientId, d.code
				from Denial d, Session s
				where s.id = d.sessionId and s.centerId = :center and d.decidedAt >= :from and d.decidedAt < :to
				""", Object[].class)
			.setParameter("center", centerId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList()
			.stream()
			.map(row -> new Denied((UUID) row[0], (UUID) row[1], (DenialCode) row[2]))
			.toList();
	}

	/** The consents forms of the administered sessions, reduced to the opt-out choice and the 303 answers. */
	private List<Consents> consents(List<Administration> administrations) {
		if (administrations.isEmpty()) {
			return List.of();
		}
		Map<UUID, UUID> clientBySession = new HashMap<>();
		administrations.forEach(administration -> clientBySession.put(administration.sessionId(),
				administration.clientId()));
		List<Object[]> forms = entityManager.createQuery("""
				select f.sessionId, f.id, f.payload, f.submittedAt from SubmittedForm f
				where f.step = :step and f.sessionId in :sessions
				""", Object[].class)
			.setParameter("step", SessionStep.CONSENTS_AND_PLANS)
			.setParameter("sessions", clientBySession.keySet())
			.getResultList();
		Map<String, Map<String, Object>> corrections = corrections(clientBySession.keySet());
		List<Consents> consents = new ArrayList<>();
		for (Object[] form : forms) {
			UUID sessionId = (UUID) form[0];
			Map<String, Object> values = read((String) form[2]);
			values.putAll(corrections.getOrDefault(form[1] + "/" + sessionId, Map.of()));
			Map<String, String> answers = new LinkedHashMap<>();
			answer(values, FormFields.ConsentsAndPlans.DATA_REPORTING_OPT_OUT, answers);
			FormFields.ConsentsAndPlans.REPORT_FIELDS.forEach(key -> answer(values, key, answers));
			consents.add(new Consents(sessionId, clientBySession.get(sessionId), (Instant) form[3], answers));
		}
		return consents;
	}

	/**
	 * The corrected values of every addendum of the sessions, by "target/session id": later addenda override earlier
	 * ones, as in the session record.
	 */
	private Map<String, Map<String, Object>> corrections(Collection<UUID> sessionIds) {
		Map<String, Map<String, Object>> corrections = new HashMap<>();
		if (sessionIds.isEmpty()) {
			return corrections;
		}
		List<Object[]> addenda = entityManager.createQuery("""
				select d.target, d.sessionId, d.changes from Addendum d
				where d.sessionId in :sessions order by d.recordedAt
				""", Object[].class).setParameter("sessions", sessionIds).getResultList();
		for (Object[] addendum : addenda) {
			Map<String, Object> corrected = corrections.computeIfAbsent(addendum[0] + "/" + addendum[1],
					target -> new HashMap<>());
			read((String) addendum[2])
				.forEach((field, change) -> corrected.put(field, ((Map<?, ?>) change).get("to")));
		}
		return corrections;
	}

	private static void answer(Map<String, Object> values, String key, Map<String, String> answers) {
		Object value = values.get(key);
		if (value != null && !value.toString().isBlank()) {
			answers.put(key, value.toString());
		}
	}

	private static boolean flag(Map<String, Object> corrected, String key, boolean recorded) {
		if (!corrected.containsKey(key)) {
			return recorded;
		}
		Object value = corrected.get(key);
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	/** A corrected time as the addendum gave it (with or without an offset), or the recorded one if unreadable. */
	private Instant instant(Object value, Instant recorded) {
		if (value == null) {
			return recorded;
		}
		String text = value.toString().trim();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeParseException unreadable) {
				return recorded;
			}
		}
	}

	private Map<String, Object> read(String json) {
		try {
			return objectMapper.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A stored record is not valid JSON", e);
		}
	}

	private static List<Question> readQuestions(FormSchemas schemas) {
		FormSchema consents = schemas.forForm(FormFields.ConsentsAndPlans.FORM_ID);
		return FormFields.ConsentsAndPlans.REPORT_FIELDS.stream().map(key -> {
			FormSchema.Field field = consents.field(key)
				.orElseThrow(() -> new IllegalStateException("The consents form has no field " + key));
			List<Choice> choices = field.options()
				.entrySet()
				.stream()
				.map(option -> new Choice(option.getKey(), option.getValue()))
				.toList();
			return new Question(key, field.label(), choices);
		}).toList();
	}

}
