/**
 * The regulated session record: every submitted form with who and when, the administration record, events,
 * addenda and denials, the program's rules for a step's data, and the record as page, API and PDF
 * ({@code web}, {@code pdf}). The quarterly report reads it through {@link org.sojourn.records.ReportingData}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "compliance", "forms", "identity",
		"servicecenters", "sessions" })
package org.sojourn.records;
