package org.sojourn.reporting;

import java.util.Map;
import java.util.UUID;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.records.ReactionSeverity;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The quarterly report as a page, with its CSV beside it. The CSV is served here as well as under /api so that a
 * person signed in to the page downloads it with the same login.
 */
@Controller
class QuarterlyReportPage {

	/** Readable names of the codes the report counts by. */
	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("SCREENING_HARD_STOP", "Screening hard stop"),
			Map.entry("FACILITATOR_JUDGEMENT", "Facilitator's judgement"),
			Map.entry("INCOMPLETE_FORMS", "Incomplete forms"), Map.entry("CLIENT_WITHDREW", "Client withdrew"),
			Map.entry("OTHER", "Other reason"), Map.entry("BEHAVIORAL_REACTION", "Behavioral reactions"),
			Map.entry("MEDICAL_REACTION", "Medical reactions"), Map.entry("MILD", "Mild"),
			Map.entry("MODERATE", "Moderate"), Map.entry("SEVERE", "Severe"));

	private final QuarterlyReports reports;

	private final CurrentUsers users;

	QuarterlyReportPage(QuarterlyReports reports, CurrentUsers users) {
		this.reports = reports;
		this.users = users;
	}

	@GetMapping("/centers/{centerId}/reports/{year}/Q{quarter}")
	String page(@PathVariable UUID centerId, @PathVariable int year, @PathVariable int quarter, Model model) {
		QuarterlyReport report = reports.report(users.current(), centerId, year, quarter);
		Quarter shown = new Quarter(year, quarter);
		String base = "/centers/" + centerId + "/reports/";
		model.addAttribute("report", report);
		model.addAttribute("labels", LABELS);
		model.addAttribute("severities", ReactionSeverity.values());
		model.addAttribute("csvLink", base + year + "/Q" + quarter + ".csv");
		model.addAttribute("previous", link(base, shown.previous()));
		model.addAttribute("next", reports.hasBegun(shown.next()) ? link(base, shown.next()) : null);
		return "reporting/quarterly-report";
	}

	@GetMapping("/centers/{centerId}/reports/{year}/Q{quarter}.csv")
	ResponseEntity<String> csv(@PathVariable UUID centerId, @PathVariable int year, @PathVariable int quarter) {
		return ReportCsv.download(reports.report(users.current(), centerId, year, quarter));
	}

	/** A link to another quarter's page. */
	record Link(String label, String href) {
	}

	private static Link link(String base, Quarter quarter) {
		return quarter == null ? null : new Link(quarter.label(), base + quarter.year() + "/Q" + quarter.number());
	}

}
