package org.sojourn.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.records.AdministrationEventKind;
import org.sojourn.records.DenialCode;
import org.sojourn.records.ReactionSeverity;

/**
 * The figures a center reports for a quarter. Demographic counts are text because a small count is shown as
 * "&lt;k"; the other figures are the center's own activity and are reported as they are.
 *
 * @param peopleDeniedByReason distinct clients whose session at the center was denied in the quarter, per reason
 * @param peopleDenied distinct clients denied in the quarter, whatever the reason
 * @param adverseReactions reactions recorded during administration in the quarter, by kind and severity
 * @param recordsNotingAdverseReaction administration records of the quarter that note an adverse reaction
 * @param emergencyServicesCalled sessions for which emergency services were called (per record or reaction)
 * @param clientsAdministered distinct clients administered in the quarter, individually or in a group
 * @param individualSessions administrations of the quarter that were not part of a group administration (a session
 *     that left its group before consumption counts here)
 * @param groupSessions group administrations scheduled in the quarter in which at least one client was administered
 * @param administrationsPerClient administrations (individual or in a group) per client administered, two decimals,
 *     or "n/a"
 * @param clientsPerGroupSession clients administered in the quarter's group sessions per group session, two
 *     decimals, or "n/a" without group sessions
 */
public record QuarterlyReport(Center center, Period period, long clientsAdministered, long individualSessions,
		long groupSessions, Map<DenialCode, Long> peopleDeniedByReason, long peopleDenied,
		Map<AdministrationEventKind, Map<ReactionSeverity, Long>> adverseReactions, long recordsNotingAdverseReaction,
		long emergencyServicesCalled, String administrationsPerClient, String clientsPerGroupSession,
		Demographics demographics) {

	public record Center(UUID id, String name, String licenseNumber) {
	}

	/** @param quarter "2026-Q1" */
	public record Period(String quarter, int year, int number, LocalDate firstDay, LocalDate lastDay,
			String timeZone) {
	}

	/**
	 * @param minimumCellSize k: counts from 1 to k-1 are shown as "&lt;k"
	 * @param participatingClients clients administered whose latest consents form lets their answers be counted
	 */
	public record Demographics(int minimumCellSize, String participatingClients, List<QuestionCounts> questions) {
	}

	public record QuestionCounts(String key, String label, List<AnswerCount> answers) {
	}

	/** @param count a number, or "&lt;k" when suppressed */
	public record AnswerCount(String value, String label, String count) {
	}

	/** One figure of the report, as a row of the CSV file. */
	public record Figure(String section, String item, String value) {
	}

	/** Every figure, in the order of the report. */
	public List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("report", "center", center.name()));
		figures.add(new Figure("report", "license", center.licenseNumber()));
		figures.add(new Figure("report", "quarter", period.quarter()));
		figures.add(new Figure("report", "first_day", period.firstDay().toString()));
		figures.add(new Figure("report", "last_day", period.lastDay().toString()));
		figures.add(new Figure("report", "time_zone", period.timeZone()));
		figures.add(new Figure("clients", "administered", String.valueOf(clientsAdministered)));
		figures.add(new Figure("sessions", "individual", String.valueOf(individualSessions)));
		figures.add(new Figure("sessions", "group", String.valueOf(groupSessions)));
		peopleDeniedByReason.forEach((code, people) -> figures.add(new Figure("denials", code.name(),
				String.valueOf(people))));
		figures.add(new Figure("denials", "people_denied", String.valueOf(peopleDenied)));
		adverseReactions.forEach((kind, bySeverity) -> bySeverity.forEach((severity, count) -> figures
			.add(new Figure("adverse_reactions", kind.name() + "." + severity.name(), String.valueOf(count)))));
		figures.add(new Figure("adverse_reactions", "records_noting_reaction",
				String.valueOf(recordsNotingAdverseReaction)));
		figures.add(new Figure("adverse_reactions", "emergency_services_called",
				String.valueOf(emergencyServicesCalled)));
		figures.add(new Figure("averages", "administrations_per_client", administrationsPerClient));
		figures.add(new Figure("averages", "clients_per_group_session", clientsPerGroupSession));
		figures.add(new Figure("demographics", "minimum_cell_size", String.valueOf(demographics.minimumCellSize())));
		figures.add(new Figure("demographics", "participating_clients", demographics.participatingClients()));
		demographics.questions()
			.forEach(question -> question.answers()
				.forEach(answer -> figures.add(new Figure(question.key(), answer.value(), answer.count()))));
		return figures;
	}

}
