package org.sojourn.cluster;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sojourn.SessionFixtures;

/**
 * A session's way through the process as the cluster tests drive it over the API, one act after the other, and
 * where it ends: its status, phase and the step still open. The form values are the ones every check accepts
 * ({@link SessionFixtures}).
 */
enum Plan {

	COMPLETED(true, Acts.completed(true), "COMPLETED", "CLOSED", null),

	/** Opened without a center: after preparation it waits for one, which the facilitator then chooses. */
	COMPLETED_AFTER_WAITING_FOR_A_CENTER(false, Acts.afterWaitingForACenter(), "COMPLETED", "CLOSED", null),

	WITHDRAWN_IN_PREPARATION(true, Acts.withdrawnInPreparation(), "WITHDRAWN", "CLOSED", null),

	DENIED_AT_SCREENING(true, List.of(Acts.screening(true)), "DENIED", "CLOSED", null),

	CANCELLED_BY_THE_CENTER(true, Acts.cancelledByTheCenter(), "CANCELLED", "CLOSED", null),

	/** Left in integration, where the reminder timer waits. */
	OPEN_AT_INTEGRATION_OFFER(true, Acts.completed(true).subList(0, 8), "ACTIVE", "INTEGRATION", "INTEGRATION_OFFER"),

	OPEN_AT_INTEGRATION_SESSION(true, Acts.completed(true).subList(0, 9), "ACTIVE", "INTEGRATION",
			"INTEGRATION_SESSION"),

	/** Integration declined, so certification follows the offer at once. */
	OPEN_AT_COMPLETION_CERTIFICATION(true, Acts.completed(false).subList(0, 9), "ACTIVE", "INTEGRATION",
			"COMPLETION_CERTIFICATION"),

	/** Just opened: the "open too long" timer of its first form waits. */
	OPEN_AT_CLIENT_INFORMATION(true, List.of(), "ACTIVE", "PREPARATION", "CLIENT_INFORMATION"),

	/** Prepared at the center and not yet scheduled: the preparation window's timers wait. */
	OPEN_AT_SCHEDULING(true, Acts.completed(true).subList(0, 4), "ACTIVE", "ADMINISTRATION",
			"SCHEDULE_ADMINISTRATION"),

	/** Scheduled two days ahead: the "administration soon" timer waits. */
	OPEN_AT_CHECK_IN(true, Acts.scheduledAhead(), "ACTIVE", "ADMINISTRATION", "CHECK_IN");

	final boolean withCenter;

	final List<Act> acts;

	final String status;

	final String phase;

	/** The step whose task stays open at the end, or null when the session ends closed. */
	final String openStep;

	Plan(boolean withCenter, List<Act> acts, String status, String phase, String openStep) {
		this.withCenter = withCenter;
		this.acts = acts;
		this.status = status;
		this.phase = phase;
		this.openStep = openStep;
	}

	/** The steps whose forms the first {@code count} acts submit, in order. */
	List<String> formSteps(int count) {
		return acts.subList(0, count)
			.stream()
			.filter(Act.Complete.class::isInstance)
			.map(act -> ((Act.Complete) act).step())
			.toList();
	}

	boolean endsInIntegration() {
		return "INTEGRATION".equals(phase);
	}

	/** What a person does to a session through the API. */
	sealed interface Act {

		/** Completes the session's open task of this step with the form's values (made when sent). */
		record Complete(String step, Role role, Supplier<Map<String, Object>> data) implements Act {
		}

		/** Cancels the session: the client withdrew (WITHDRAWN) or it is stopped (CANCELLED). */
		record Cancel(Role role, String kind) implements Act {
		}

		/** The facilitator chooses the practice's center for a session opened without one. */
		record ChooseCenter() implements Act {
		}

	}

	enum Role {

		FACILITATOR, CENTER_ADMINISTRATOR

	}

	/** The acts of the plans. */
	private static final class Acts {

		static Act screening(boolean hardStop) {
			return new Act.Complete("CLIENT_INFORMATION", Role.FACILITATOR, () -> {
				Map<String, Object> answers = SessionFixtures.clearScreening();
				if (hardStop) {
					answers.put("lithiumLast30Days", "yes");
				}
				return answers;
			});
		}

		static List<Act> preparation() {
			return List.of(screening(false),
					new Act.Complete("CONSENTS_AND_PLANS", Role.FACILITATOR, SessionFixtures::consents),
					new Act.Complete("DOSE_ESTIMATE", Role.FACILITATOR, SessionFixtures::doseEstimate),
					new Act.Complete("PREPARATION_CERTIFICATION", Role.FACILITATOR,
							() -> SessionFixtures.preparationCertified(Instant.now().minus(3, ChronoUnit.DAYS))));
		}

		static Act scheduling() {
			return new Act.Complete("SCHEDULE_ADMINISTRATION", Role.CENTER_ADMINISTRATOR,
					() -> SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		}

		static List<Act> administrationAndIntegration(boolean integrationAccepted) {
			List<Act> acts = new ArrayList<>(List.of(scheduling(),
					new Act.Complete("CHECK_IN", Role.CENTER_ADMINISTRATOR, SessionFixtures::checkIn),
					new Act.Complete("ADMINISTRATION_RECORD", Role.CENTER_ADMINISTRATOR,
							() -> SessionFixtures.administration(20, null, 300)),
					new Act.Complete("PRODUCT_AND_WASTE", Role.CENTER_ADMINISTRATOR, SessionFixtures::productAndWaste),
					new Act.Complete("INTEGRATION_OFFER", Role.FACILITATOR,
							() -> SessionFixtures.integrationOffer(integrationAccepted))));
			if (integrationAccepted) {
				acts.add(new Act.Complete("INTEGRATION_SESSION", Role.FACILITATOR,
						() -> SessionFixtures.integrationSession(false)));
			}
			acts.add(new Act.Complete("COMPLETION_CERTIFICATION", Role.FACILITATOR,
					SessionFixtures::completionCertified));
			return acts;
		}

		static List<Act> scheduledAhead() {
			List<Act> acts = new ArrayList<>(preparation());
			acts.add(new Act.Complete("SCHEDULE_ADMINISTRATION", Role.CENTER_ADMINISTRATOR,
					() -> SessionFixtures.schedule(Instant.now().plus(2, ChronoUnit.DAYS))));
			return List.copyOf(acts);
		}

		static List<Act> completed(boolean integrationAccepted) {
			List<Act> acts = new ArrayList<>(preparation());
			acts.addAll(administrationAndIntegration(integrationAccepted));
			return List.copyOf(acts);
		}

		static List<Act> afterWaitingForACenter() {
			List<Act> acts = new ArrayList<>(preparation());
			acts.add(new Act.ChooseCenter());
			acts.addAll(administrationAndIntegration(true));
			return List.copyOf(acts);
		}

		static List<Act> withdrawnInPreparation() {
			return List.of(screening(false), preparation().get(1), new Act.Cancel(Role.FACILITATOR, "WITHDRAWN"));
		}

		static List<Act> cancelledByTheCenter() {
			List<Act> acts = new ArrayList<>(preparation());
			acts.add(scheduling());
			acts.add(new Act.Cancel(Role.CENTER_ADMINISTRATOR, "CANCELLED"));
			return List.copyOf(acts);
		}

	}

}
