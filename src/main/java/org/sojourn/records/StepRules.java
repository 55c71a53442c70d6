package org.sojourn.records;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.sojourn.compliance.AdministrationRules;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.compliance.PreparationRules;
import org.sojourn.forms.FormData;
import org.sojourn.forms.FormDataInvalid;
import org.sojourn.forms.FormFields;
import org.sojourn.sessions.Session;
import org.sojourn.sessions.SessionStep;
import org.springframework.stereotype.Component;

/**
 * The program's rules for a step's data beyond its form's own checks: the dose cap, the minimum duration, the
 * preparation window, times that have happened, reporting answers only from clients who take part.
 */
@Component
class StepRules {

	/** A recorded moment may lie a little ahead of the server's clock (clock skew, rounding), not more. */
	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

	private final SubmittedFormRepository forms;

	private final AdministrationRules administrationRules;

	private final PreparationRules preparationRules;

	private final GroupAdministrationLink groups;

	StepRules(SubmittedFormRepository forms, AdministrationRules administrationRules,
			PreparationRules preparationRules, GroupAdministrationLink groups) {
		this.forms = forms;
		this.administrationRules = administrationRules;
		this.preparationRules = preparationRules;
		this.groups = groups;
	}

	/**
	 * The rules a step's data must satisfy beyond its form, without changing anything. Completions and addenda
	 * (corrections of a signed form) both answer to them.
	 */
	void check(Session session, SessionStep step, FormData form) {
		switch (step) {
			case CONSENTS_AND_PLANS -> refuseReportAnswersWhenOptedOut(form);
			case DOSE_ESTIMATE -> checkDoseCap(form, FormFields.DoseEstimate.ESTIMATED_INITIAL_DOSE_MG,
					FormFields.DoseEstimate.ESTIMATED_SECONDARY_DOSE_MG);
			case PREPARATION_CERTIFICATION -> notInFuture(form, FormFields.PreparationCertification.PREPARATION_SESSION_AT);
			case SCHEDULE_ADMINISTRATION -> preparationRules.checkReadyForAdministration(
					session.getPreparationSessionAt(),
					forms.existsBySessionIdAndStep(session.getId(), SessionStep.CONSENTS_AND_PLANS),
					form.instant(FormFields.ScheduleAdministration.ADMINISTRATION_SCHEDULED_AT));
			case ADMINISTRATION_RECORD -> checkAdministration(session, form);
			default -> {
			}
		}
	}

	private void checkAdministration(Session session, FormData form) {
		BigDecimal secondary = form.decimal(FormFields.AdministrationRecord.SECONDARY_DOSE_MG);
		boolean secondaryGiven = secondary != null && secondary.signum() > 0;
		if (secondaryGiven && form.instant(FormFields.AdministrationRecord.SECONDARY_DOSE_AT) == null) {
			throw FormDataInvalid.of(FormFields.AdministrationRecord.SECONDARY_DOSE_AT, "Enter when the secondary dose was taken.");
		}
		if (form.checked(FormFields.AdministrationRecord.ADVERSE_REACTION_OCCURRED) && form.text(FormFields.AdministrationRecord.ADVERSE_REACTION_DESCRIPTION) == null) {
			throw FormDataInvalid.of(FormFields.AdministrationRecord.ADVERSE_REACTION_DESCRIPTION, "Describe the adverse reaction.");
		}
		if (!form.yes(FormFields.AdministrationRecord.TRANSPORT_PLAN_FOLLOWED) && form.text(FormFields.AdministrationRecord.TRANSPORT_DEVIATION) == null) {
			throw FormDataInvalid.of(FormFields.AdministrationRecord.TRANSPORT_DEVIATION, "Describe how transport differed from the plan.");
		}
		BigDecimal total = checkDoseCap(form, FormFields.AdministrationRecord.INITIAL_DOSE_MG,
				FormFields.AdministrationRecord.SECONDARY_DOSE_MG);
		// A participant of a group: the group's ratio with this dose in place of its estimate.
		groups.checkRecordedDose(session.getId(), total);
		administrationRules.checkMinimumDuration(total, form.checked(FormFields.AdministrationRecord.REPEAT_CLIENT_WITHIN12_MONTHS),
				form.checked(FormFields.AdministrationRecord.WHOLE_FUNGI), form.instant(FormFields.AdministrationRecord.SESSION_STARTED_AT), notInFuture(form, FormFields.AdministrationRecord.SESSION_ENDED_AT));
	}

	/**
	 * The dose cap, its refusal naming the dose that took the total over it (the secondary one when it was given), so
	 * that a form shows the refusal at that field.
	 */
	private BigDecimal checkDoseCap(FormData form, String initialField, String secondaryField) {
		BigDecimal secondary = form.decimal(secondaryField);
		try {
			return administrationRules.checkDoseCap(form.decimal(initialField), secondary);
		}
		catch (ComplianceViolation e) {
			String field = secondary != null && secondary.signum() > 0 ? secondaryField : initialField;
			throw ComplianceViolation.of(e.rule(), field, e.getMessage());
		}
	}

	/** The form hides the data-reporting questions from a client who opted out; other doors must not send them either. */
	private static void refuseReportAnswersWhenOptedOut(FormData form) {
		if (FormFields.ConsentsAndPlans.PARTICIPATES.equals(form.text(FormFields.ConsentsAndPlans.DATA_REPORTING_OPT_OUT))) {
			return;
		}
		FormFields.ConsentsAndPlans.REPORT_FIELDS.stream()
			.filter(form.values()::containsKey)
			.findFirst()
			.ifPresent(field -> {
				throw FormDataInvalid.of(field,
						"The client opted out of data reporting; leave the data-reporting questions unanswered.");
			});
	}

	private static Instant notInFuture(FormData form, String key) {
		Instant at = form.instant(key);
		if (at.isAfter(Instant.now().plus(CLOCK_TOLERANCE))) {
			throw FormDataInvalid.of(key, "This time lies in the future; record it once it has happened.");
		}
		return at;
	}

}
