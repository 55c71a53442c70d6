package org.sojourn.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.AdministrationEventKind;
import org.sojourn.records.DenialCode;
import org.sojourn.records.ReactionSeverity;
import org.sojourn.records.ReportingData;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Builds a center's quarterly report for its administrators; to anyone else the center does not exist. */
@Service
public class QuarterlyReports {

	/** The answer cell of a participating client who left a question unanswered. */
	static final String NOT_ANSWERED = "not_answered";

	static final String NOT_APPLICABLE = "n/a";

	private final ServiceCenters centers;

	private final ReportingData data;

	private final ZoneId zone;

	private final int minimumCellSize;

	QuarterlyReports(ServiceCenters centers, ReportingData data, @Value("${sojourn.time-zone}") ZoneId zone,
			@Value("${sojourn.reporting.minimum-cell-size:5}") int minimumCellSize) {
		if (minimumCellSize < 1) {
			throw new IllegalArgumentException("sojourn.reporting.minimum-cell-size must be at least 1");
		}
		this.centers = centers;
		this.data = data;
		this.zone = zone;
		this.minimumCellSize = minimumCellSize;
	}

	public QuarterlyReport report(CurrentUser user, UUID centerId, int year, int quarterNumber) {
		ServiceCenter center = centers.find(centerId)
			.filter(found -> user.administers(found.getId()))
			.orElseThrow(() -> CenterNotFound.forId(centerId));
		Quarter quarter = Quarter.begun(year, quarterNumber, Instant.now(), zone);
		ReportingData.CenterPeriod period = data.of(centerId, quarter.start(zone), quarter.end(zone));

		List<ReportingData.Administration> administrations = period.administrations();
		long clients = distinct(administrations, ReportingData.Administration::clientId);
		long individualSessions = administrations.stream().filter(ReportingData.Administration::individual).count();
		List<ReportingData.GroupSession> groups = period.groupSessions();
		long groupParticipants = groups.stream()
			.mapToLong(ReportingData.GroupSession::participantsAdministered)
			.sum();
		return new QuarterlyReport(
				new QuarterlyReport.Center(center.getId(), center.getName(), center.getLicenseNumber()),
				new QuarterlyReport.Period(quarter.label(), quarter.year(), quarter.number(), quarter.firstDay(),
						quarter.lastDay(), zone.getId()),
				clients, individualSessions, groups.size(), peopleDeniedByReason(period.denials()),
				distinct(period.denials(), ReportingData.Denied::clientId), adverseReactions(period.reactions()),
				administrations.stream().filter(ReportingData.Administration::adverseReactionNoted).count(),
				emergencyServicesCalled(period), average(administrations.size(), clients),
				average(groupParticipants, groups.size()),
				demographics(period.consents()));
	}

	/** Whether the quarter after this one has begun, for the page's navigation. */
	boolean hasBegun(Quarter quarter) {
		return quarter != null && quarter.hasBegun(Instant.now(), zone);
	}

	private static Map<DenialCode, Long> peopleDeniedByReason(List<ReportingData.Denied> denials) {
		Map<DenialCode, Long> people = new EnumMap<>(DenialCode.class);
		for (DenialCode code : DenialCode.values()) {
			people.put(code, distinct(denials.stream().filter(denial -> denial.code() == code).toList(),
					ReportingData.Denied::clientId));
		}
		return people;
	}

	private Map<AdministrationEventKind, Map<ReactionSeverity, Long>> adverseReactions(
			List<ReportingData.Reaction> reactions) {
		Map<AdministrationEventKind, Map<ReactionSeverity, Long>> byKind = new EnumMap<>(AdministrationEventKind.class);
		for (AdministrationEventKind kind : data.reactionKinds()) {
			Map<ReactionSeverity, Long> bySeverity = new EnumMap<>(ReactionSeverity.class);
			for (ReactionSeverity severity : ReactionSeverity.values()) {
				bySeverity.put(severity, reactions.stream()
					.filter(reaction -> reaction.kind() == kind && reaction.severity() == severity)
					.count());
			}
			byKind.put(kind, bySeverity);
		}
		return byKind;
	}

	/** Sessions for which emergency services were called, whether the record or a reaction says so. */
	private static long emergencyServicesCalled(ReportingData.CenterPeriod period) {
		Set<UUID> sessions = new HashSet<>();
		period.administrations()
			.stream()
			.filter(ReportingData.Administration::emergencyServicesCalled)
			.forEach(administration -> sessions.add(administration.sessionId()));
		period.reactions()
			.stream()
			.filter(ReportingData.Reaction::emergencyServicesCalled)
			.forEach(reaction -> sessions.add(reaction.sessionId()));
		return sessions.size();
	}

	private static String average(long count, long per) {
		return per == 0 ? NOT_APPLICABLE
				: BigDecimal.valueOf(count).divide(BigDecimal.valueOf(per), 2, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * One count per client: the client's latest consents form among their sessions administered in the quarter
	 * decides whether and how they are counted. Clients who opted out are left out entirely.
	 */
	private QuarterlyReport.Demographics demographics(List<ReportingData.Consents> consents) {
		Collection<ReportingData.Consents> latest = consents.stream()
			.collect(Collectors.toMap(ReportingData.Consents::clientId, Function.identity(),
					(one, other) -> Comparator.comparing(ReportingData.Consents::submittedAt)
						.compare(one, other) >= 0 ? one : other))
			.values();
		List<ReportingData.Consents> participating = latest.stream()
			.filter(ReportingData.Consents::participates)
			.toList();
		List<QuarterlyReport.QuestionCounts> questions = new ArrayList<>();
		for (ReportingData.Question question : data.dataReportingQuestions()) {
			questions.add(counts(question, participating));
		}
		String participatingClients = Suppression.apply(List.of((long) participating.size()), minimumCellSize)
			.get(0);
		return new QuarterlyReport.Demographics(minimumCellSize, participatingClients, questions);
	}

	private QuarterlyReport.QuestionCounts counts(ReportingData.Question question,
			List<ReportingData.Consents> participating) {
		Map<String, String> labels = new LinkedHashMap<>();
		question.choices().forEach(choice -> labels.put(choice.value(), choice.label()));
		Map<String, Long> counts = new LinkedHashMap<>();
		labels.keySet().forEach(value -> counts.put(value, 0L));
		// An answer the form no longer offers is still an answer: it gets a cell of its own.
		Set<String> retired = new TreeSet<>();
		for (ReportingData.Consents client : participating) {
			String answer = client.answers().getOrDefault(question.key(), NOT_ANSWERED);
			if (!labels.containsKey(answer) && !answer.equals(NOT_ANSWERED)) {
				retired.add(answer);
			}
			counts.merge(answer, 1L, Long::sum);
		}
		retired.forEach(value -> labels.put(value, value));
		labels.put(NOT_ANSWERED, "Not answered");
		List<String> values = List.copyOf(labels.keySet());
		List<String> shown = Suppression.apply(values.stream().map(value -> counts.getOrDefault(value, 0L)).toList(),
				minimumCellSize);
		List<QuarterlyReport.AnswerCount> answers = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			answers.add(new QuarterlyReport.AnswerCount(values.get(i), labels.get(values.get(i)), shown.get(i)));
		}
		return new QuarterlyReport.QuestionCounts(question.key(), question.label(), answers);
	}

	private static <T> long distinct(List<T> items, Function<T, UUID> id) {
		return items.stream().map(id).distinct().count();
	}

}
