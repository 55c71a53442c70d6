package org.sojourn.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The field keys of every form in {@code forms/}: the one place Java names them. Each key becomes a process variable
 * while its task completes; a model test checks that the forms and this class agree.
 */
public final class FormFields {

	public static final class ClientInformation {

		public static final String FORM_ID = "form_clientInformation";

		public static final String CLIENT_IS21_OR_OLDER = "clientIs21OrOlder";

		public static final String LITHIUM_LAST30_DAYS = "lithiumLast30Days";

		public static final String CURRENT_THOUGHTS_OF_HARM = "currentThoughtsOfHarm";

		public static final String ACTIVE_PSYCHOSIS = "activePsychosis";

		public static final String CURRENT_TREATMENT = "currentTreatment";

		public static final String MEDICATIONS_DURING_SESSION = "medicationsDuringSession";

		public static final String HISTORY_OF_HARM = "historyOfHarm";

		public static final String MUSHROOM_ALLERGY = "mushroomAllergy";

		public static final String NEEDS_INTERPRETER = "needsInterpreter";

		public static final String NEEDS_SUPPORT_PERSON = "needsSupportPerson";

		public static final String SCREENING_NOTES = "screeningNotes";

		static final Set<String> ALL = Set.of(CLIENT_IS21_OR_OLDER, LITHIUM_LAST30_DAYS, CURRENT_THOUGHTS_OF_HARM, ACTIVE_PSYCHOSIS, CURRENT_TREATMENT, MEDICATIONS_DURING_SESSION, HISTORY_OF_HARM, MUSHROOM_ALLERGY, NEEDS_INTERPRETER, NEEDS_SUPPORT_PERSON, SCREENING_NOTES);

		private ClientInformation() {
		}

	}

	public static final class ScreeningReview {

		public static final String FORM_ID = "form_screeningReview";

		public static final String REVIEW_DECISION = "reviewDecision";

		public static final String REVIEW_RATIONALE = "reviewRationale";

		static final Set<String> ALL = Set.of(REVIEW_DECISION, REVIEW_RATIONALE);

		private ScreeningReview() {
		}

	}

	public static final class ConsentsAndPlans {

		public static final String FORM_ID = "form_consentsAndPlans";

		public static final String BILL_OF_RIGHTS_ACKNOWLEDGED = "billOfRightsAcknowledged";

		public static final String INFORMED_CONSENT_SIGNED = "informedConsentSigned";

		public static final String SAFETY_AND_SUPPORT_PLAN_SIGNED = "safetyAndSupportPlanSigned";

		public static final String TRANSPORTATION_PLAN_SIGNED = "transportationPlanSigned";

		public static final String DATA_REPORTING_FORM_COMPLETED = "dataReportingFormCompleted";

		public static final String OPT_OUT_OFFERED = "optOutOffered";

		public static final String TRANSPORTATION_MODE = "transportationMode";

		public static final String SUPPORTIVE_TOUCH_CONSENT = "supportiveTouchConsent";

		public static final String DIFFERENT_FACILITATORS_CONSENT = "differentFacilitatorsConsent";

		public static final String DATA_REPORTING_OPT_OUT = "dataReportingOptOut";

		/** The value of {@link #DATA_REPORTING_OPT_OUT} of a client whose answers may be counted in reports. */
		public static final String PARTICIPATES = "participates";

		public static final String REPORT_AGE_RANGE = "reportAgeRange";

		public static final String REPORT_RACE = "reportRace";

		public static final String REPORT_ETHNICITY = "reportEthnicity";

		public static final String REPORT_LANGUAGE = "reportLanguage";

		public static final String REPORT_DISABILITY = "reportDisability";

		public static final String REPORT_SEXUAL_ORIENTATION = "reportSexualOrientation";

		public static final String REPORT_GENDER_IDENTITY = "reportGenderIdentity";

		public static final String REPORT_INCOME_RANGE = "reportIncomeRange";

		public static final String REPORT_COUNTY = "reportCounty";

		public static final String REPORT_VETERAN = "reportVeteran";

		public static final String REPORT_REASON = "reportReason";

		/** The data-reporting (303) questions, in the form's order: asked only of clients who take part. */
		public static final List<String> REPORT_FIELDS = List.of(REPORT_AGE_RANGE, REPORT_RACE, REPORT_ETHNICITY,
				REPORT_LANGUAGE, REPORT_DISABILITY, REPORT_SEXUAL_ORIENTATION, REPORT_GENDER_IDENTITY,
				REPORT_INCOME_RANGE, REPORT_COUNTY, REPORT_VETERAN, REPORT_REASON);

		static final Set<String> ALL = Stream.concat(Stream.of(BILL_OF_RIGHTS_ACKNOWLEDGED, INFORMED_CONSENT_SIGNED, SAFETY_AND_SUPPORT_PLAN_SIGNED, TRANSPORTATION_PLAN_SIGNED, DATA_REPORTING_FORM_COMPLETED, OPT_OUT_OFFERED, TRANSPORTATION_MODE, SUPPORTIVE_TOUCH_CONSENT, DIFFERENT_FACILITATORS_CONSENT, DATA_REPORTING_OPT_OUT),
				REPORT_FIELDS.stream()).collect(Collectors.toUnmodifiableSet());

		private ConsentsAndPlans() {
		}

	}

	public static final class DoseEstimate {

		public static final String FORM_ID = "form_doseEstimate";

		public static final String ESTIMATED_INITIAL_DOSE_MG = "estimatedInitialDoseMg";

		public static final String ESTIMATED_SECONDARY_DOSE_MG = "estimatedSecondaryDoseMg";

		public static final String DOSE_ESTIMATE_NOTES = "doseEstimateNotes";

		static final Set<String> ALL = Set.of(ESTIMATED_INITIAL_DOSE_MG, ESTIMATED_SECONDARY_DOSE_MG, DOSE_ESTIMATE_NOTES);

		private DoseEstimate() {
		}

	}

	public static final class PreparationCertification {

		public static final String FORM_ID = "form_preparationCertification";

		public static final String PREPARATION_SESSION_AT = "preparationSessionAt";

		public static final String PREPARATION_SESSION_MINUTES = "preparationSessionMinutes";

		public static final String PREPARATION_CERTIFIED = "preparationCertified";

		static final Set<String> ALL = Set.of(PREPARATION_SESSION_AT, PREPARATION_SESSION_MINUTES, PREPARATION_CERTIFIED);

		private PreparationCertification() {
		}

	}

	public static final class ScheduleAdministration {

		public static final String FORM_ID = "form_scheduleAdministration";

		public static final String ADMINISTRATION_SCHEDULED_AT = "administrationScheduledAt";

		public static final String ROOM = "room";

		static final Set<String> ALL = Set.of(ADMINISTRATION_SCHEDULED_AT, ROOM);

		private ScheduleAdministration() {
		}

	}

	public static final class CheckIn {

		public static final String FORM_ID = "form_checkIn";

		public static final String CHECKED_IN_AT = "checkedInAt";

		public static final String IDENTITY_AND_AGE_VERIFIED = "identityAndAgeVerified";

		public static final String PRODUCT_CONSUMED = "productConsumed";

		static final Set<String> ALL = Set.of(CHECKED_IN_AT, IDENTITY_AND_AGE_VERIFIED, PRODUCT_CONSUMED);

		private CheckIn() {
		}

	}

	public static final class AdministrationRecord {

		public static final String FORM_ID = "form_administrationRecord";

		public static final String PRODUCT_ID = "productId";

		public static final String INITIAL_DOSE_MG = "initialDoseMg";

		public static final String INITIAL_DOSE_AT = "initialDoseAt";

		public static final String SECONDARY_DOSE_MG = "secondaryDoseMg";

		public static final String SECONDARY_DOSE_AT = "secondaryDoseAt";

		public static final String SESSION_STARTED_AT = "sessionStartedAt";

		public static final String SESSION_ENDED_AT = "sessionEndedAt";

		public static final String REPEAT_CLIENT_WITHIN12_MONTHS = "repeatClientWithin12Months";

		public static final String WHOLE_FUNGI = "wholeFungi";

		public static final String ADVERSE_REACTION_OCCURRED = "adverseReactionOccurred";

		public static final String ADVERSE_REACTION_DESCRIPTION = "adverseReactionDescription";

		public static final String EMERGENCY_SERVICES_CALLED = "emergencyServicesCalled";

		public static final String TRANSPORT_PLAN_FOLLOWED = "transportPlanFollowed";

		public static final String TRANSPORT_DEVIATION = "transportDeviation";

		public static final String CLIENT_RELEASE_SIGNED = "clientReleaseSigned";

		static final Set<String> ALL = Set.of(PRODUCT_ID, INITIAL_DOSE_MG, INITIAL_DOSE_AT, SECONDARY_DOSE_MG, SECONDARY_DOSE_AT, SESSION_STARTED_AT, SESSION_ENDED_AT, REPEAT_CLIENT_WITHIN12_MONTHS, WHOLE_FUNGI, ADVERSE_REACTION_OCCURRED, ADVERSE_REACTION_DESCRIPTION, EMERGENCY_SERVICES_CALLED, TRANSPORT_PLAN_FOLLOWED, TRANSPORT_DEVIATION, CLIENT_RELEASE_SIGNED);

		private AdministrationRecord() {
		}

	}

	public static final class ProductAndWaste {

		public static final String FORM_ID = "form_productAndWaste";

		public static final String UNUSED_PRODUCT_MG = "unusedProductMg";

		public static final String WASTE_DISPOSAL_METHOD = "wasteDisposalMethod";

		public static final String WASTE_WITNESSED_BY = "wasteWitnessedBy";

		public static final String PRODUCT_NOTES = "productNotes";

		static final Set<String> ALL = Set.of(UNUSED_PRODUCT_MG, WASTE_DISPOSAL_METHOD, WASTE_WITNESSED_BY, PRODUCT_NOTES);

		private ProductAndWaste() {
		}

	}

	public static final class IntegrationOffer {

		public static final String FORM_ID = "form_integrationOffer";

		public static final String INTEGRATION_OFFERED_AT = "integrationOfferedAt";

		public static final String INTEGRATION_RESPONSE = "integrationResponse";

		static final Set<String> ALL = Set.of(INTEGRATION_OFFERED_AT, INTEGRATION_RESPONSE);

		private IntegrationOffer() {
		}

	}

	public static final class IntegrationSession {

		public static final String FORM_ID = "form_integrationSession";

		public static final String INTEGRATION_SESSION_AT = "integrationSessionAt";

		public static final String INTEGRATION_SESSION_MINUTES = "integrationSessionMinutes";

		public static final String INTEGRATION_FORMAT = "integrationFormat";

		public static final String ANOTHER_INTEGRATION_SESSION_PLANNED = "anotherIntegrationSessionPlanned";

		static final Set<String> ALL = Set.of(INTEGRATION_SESSION_AT, INTEGRATION_SESSION_MINUTES, INTEGRATION_FORMAT, ANOTHER_INTEGRATION_SESSION_PLANNED);

		private IntegrationSession() {
		}

	}

	public static final class CompletionCertification {

		public static final String FORM_ID = "form_completionCertification";

		public static final String COMPLETION_CERTIFIED = "completionCertified";

		public static final String COMPLETION_NOTES = "completionNotes";

		static final Set<String> ALL = Set.of(COMPLETION_CERTIFIED, COMPLETION_NOTES);

		private CompletionCertification() {
		}

	}

	public static final Map<String, Set<String>> BY_FORM_ID = Map.ofEntries(
			Map.entry(ClientInformation.FORM_ID, ClientInformation.ALL),
			Map.entry(ScreeningReview.FORM_ID, ScreeningReview.ALL),
			Map.entry(ConsentsAndPlans.FORM_ID, ConsentsAndPlans.ALL),
			Map.entry(DoseEstimate.FORM_ID, DoseEstimate.ALL),
			Map.entry(PreparationCertification.FORM_ID, PreparationCertification.ALL),
			Map.entry(ScheduleAdministration.FORM_ID, ScheduleAdministration.ALL),
			Map.entry(CheckIn.FORM_ID, CheckIn.ALL),
			Map.entry(AdministrationRecord.FORM_ID, AdministrationRecord.ALL),
			Map.entry(ProductAndWaste.FORM_ID, ProductAndWaste.ALL),
			Map.entry(IntegrationOffer.FORM_ID, IntegrationOffer.ALL),
			Map.entry(IntegrationSession.FORM_ID, IntegrationSession.ALL),
			Map.entry(CompletionCertification.FORM_ID, CompletionCertification.ALL));

	private FormFields() {
	}

}
