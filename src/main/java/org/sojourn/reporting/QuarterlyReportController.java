package org.sojourn.reporting;

import java.util.UUID;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A center's quarterly report as JSON and as CSV, for the center's administrators. */
@RestController
class QuarterlyReportController {

	private final QuarterlyReports reports;

	private final CurrentUsers users;

	QuarterlyReportController(QuarterlyReports reports, CurrentUsers users) {
		this.reports = reports;
		this.users = users;
	}

	/** A quarter without a dot, so that the CSV's address (Q1.csv) is only the CSV's, whatever the Accept. */
	@GetMapping("/api/centers/{centerId}/reports/{year}/Q{quarter:[^.]+}")
	QuarterlyReport report(@PathVariable UUID centerId, @PathVariable int year, @PathVariable int quarter) {
		return reports.report(users.current(), centerId, year, quarter);
	}

	@GetMapping(path = "/api/centers/{centerId}/reports/{year}/Q{quarter}.csv", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable UUID centerId, @PathVariable int year, @PathVariable int quarter) {
		return ReportCsv.download(reports.report(users.current(), centerId, year, quarter));
	}

}
