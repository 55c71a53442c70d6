package org.sojourn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.Sessions;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds people, centers, clients and sessions for tests through Sojourn's own services. Every name is unique, so
 * tests share one database (H2 or PostgreSQL) without seeing each other's data.
 */
@TestComponent
public class SessionFixtures {

	public static final String PASSWORD = "test-password";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private final Accounts accounts;

	private final CurrentUsers users;

	private final ServiceCenters centers;

	private final CenterMemberships memberships;

	private final Clients clients;

	private final Sessions sessions;

	private final SessionRecords records;

	private final SessionTasks tasks;

	SessionFixtures(Accounts accounts, CurrentUsers users, ServiceCenters centers, CenterMemberships memberships,
			Clients clients, Sessions sessions, SessionRecords records,
			SessionTasks tasks) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.users = users;
		this.centers = centers;
		this.clients = clients;
		this.sessions = sessions;
		this.records = records;
		this.tasks = tasks;
	}

	public static String unique(String prefix) {
		return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
	}

	public CurrentUser facilitator() {
		String username = unique("facilitator");
		accounts.createFacilitator(username, PASSWORD, "Facilitator " + username, username + "@example.org",
				unique("PSF"));
		return users.of(username);
	}

	public CurrentUser operator() {
		String username = unique("operator");
		accounts.createAccount(username, PASSWORD, "Operator " + username, null, true);
		return users.of(username);
	}

	/** A center with a founding administrator of its own (who invites facilitators in {@link #enroll}). */
	public ServiceCenter center() {
		String founder = unique("founder");
		accounts.createAccount(founder, PASSWORD, "Founder " + founder, null, false);
		return centers.register(unique("Center"), unique("PSC"), founder);
	}

	/** The center invites the facilitator and the facilitator accepts, unless that happened already. */
	public void enroll(CurrentUser facilitator, ServiceCenter center) {
		if (memberships.worksWith(center.getId(), facilitator.username())) {
			return;
		}
		memberships.invite(users.of(founderOf(center)), center.getId(), facilitator.username());
		memberships.respond(facilitator, center.getId(), true);
	}

	/** The username of the center's founding administrator (the first of its administrators by name). */
	public String founderOf(ServiceCenter center) {
		return centers.administratorsByCenter().get(center.getId()).stream().sorted().findFirst().orElseThrow();
	}

	/** A new account administering the center. */
	public CurrentUser administratorOf(ServiceCenter center) {
		String username = unique("admin");
		accounts.createAccount(username, PASSWORD, "Administrator " + username, null, false);
		centers.addAdministrator(center.getId(), username);
		return users.of(username);
	}

	public UUID client(CurrentUser facilitator) {
		return clients.create(facilitator.username(), new ClientProfile("Client " + unique("name"), null, null,
				LocalDate.of(1985, 3, 14), null, null, null, null)).id();
	}

	/** A session of a new client; the facilitator is enrolled with the center first. */
	public UUID session(CurrentUser facilitator, ServiceCenter centerOrNull) {
		if (centerOrNull != null) {
			enroll(facilitator, centerOrNull);
		}
		return sessions.create(facilitator, client(facilitator), centerOrNull == null ? null : centerOrNull.getId())
			.id();
	}

	/** The session's open task for the step; fails when the session is not there. */
	public OpenTask openTask(CurrentUser user, UUID sessionId, SessionStep step) {
		return records.record(user, sessionId)
			.openTasks()
			.stream()
			.filter(task -> task.step() == step)
			.findFirst()
			.orElseThrow(() -> new AssertionError("Session " + sessionId + " has no open task " + step));
	}

	public void complete(CurrentUser user, UUID sessionId, SessionStep step, Map<String, Object> data) {
		tasks.complete(user, openTask(user, sessionId, step).id(), data);
	}

	// ---- Form data that passes every check; tests change one value to provoke a refusal ----

	public static Map<String, Object> clearScreening() {
		Map<String, Object> answers = new HashMap<>();
		for (String question : new String[] { "lithiumLast30Days", "currentThoughtsOfHarm", "activePsychosis",
				"currentTreatment", "medicationsDuringSession", "historyOfHarm", "mushroomAllergy", "needsInterpreter",
				"needsSupportPerson" }) {
			answers.put(question, "no");
		}
		answers.put("clientIs21OrOlder", "yes");
		return answers;
	}

	public static Map<String, Object> consents() {
		Map<String, Object> data = new HashMap<>();
		for (String signed : new String[] { "billOfRightsAcknowledged", "informedConsentSigned",
				"safetyAndSupportPlanSigned", "transportationPlanSigned", "dataReportingFormCompleted",
				"optOutOffered" }) {
			data.put(signed, true);
		}
		data.put("transportationMode", "taxi_or_rideshare");
		data.put("supportiveTouchConsent", "declined");
		data.put("differentFacilitatorsConsent", "not_applicable");
		data.put("dataReportingOptOut", "participates");
		return data;
	}

	public static Map<String, Object> doseEstimate() {
		return new HashMap<>(Map.of("estimatedInitialDoseMg", 20));
	}

	public static Map<String, Object> preparationCertified(Instant at) {
		return new HashMap<>(Map.of("preparationSessionAt", at.toString(), "preparationSessionMinutes", 90,
				"preparationCertified", true));
	}

	public static Map<String, Object> schedule(Instant at) {
		return new HashMap<>(Map.of("administrationScheduledAt", at.toString(), "room", "Room 1"));
	}

	public static Map<String, Object> checkIn() {
		return new HashMap<>(Map.of("checkedInAt", Instant.now().toString(), "identityAndAgeVerified", true,
				"productConsumed", true));
	}

	/** An administration of the given total dose, lasting the given number of minutes and ended an hour ago. */
	public static Map<String, Object> administration(double initialMg, Double secondaryMg, long minutes) {
		Instant end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		Instant start = end.minus(minutes, ChronoUnit.MINUTES);
		Map<String, Object> data = new HashMap<>();
		data.put("productId", "LOT-42");
		data.put("initialDoseMg", initialMg);
		data.put("initialDoseAt", start.toString());
		if (secondaryMg != null) {
			data.put("secondaryDoseMg", secondaryMg);
			data.put("secondaryDoseAt", start.plus(60, ChronoUnit.MINUTES).toString());
		}
		data.put("sessionStartedAt", start.toString());
		data.put("sessionEndedAt", end.toString());
		data.put("transportPlanFollowed", "yes");
		data.put("clientReleaseSigned", true);
		return data;
	}

	public static Map<String, Object> productAndWaste() {
		return new HashMap<>(Map.of("unusedProductMg", 0, "wasteDisposalMethod", "no_waste", "wasteWitnessedBy",
				"A. Witness"));
	}

	public static Map<String, Object> integrationOffer(boolean accepted) {
		return new HashMap<>(Map.of("integrationOfferedAt", Instant.now().toString(), "integrationResponse",
				accepted ? "accepted" : "declined"));
	}

	public static Map<String, Object> integrationSession(boolean anotherPlanned) {
		return new HashMap<>(Map.of("integrationSessionAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
				"integrationSessionMinutes", 60, "integrationFormat", "in_person", "anotherIntegrationSessionPlanned",
				anotherPlanned ? "yes" : "no"));
	}

	public static Map<String, Object> completionCertified() {
		return new HashMap<>(Map.of("completionCertified", true));
	}

	/** Completes preparation: screening clear, consents, dose estimate, certified preparation at the given time. */
	public void prepare(CurrentUser facilitator, UUID sessionId, Instant preparedAt) {
		complete(facilitator, sessionId, SessionStep.CLIENT_INFORMATION, clearScreening());
		complete(facilitator, sessionId, SessionStep.CONSENTS_AND_PLANS, consents());
		complete(facilitator, sessionId, SessionStep.DOSE_ESTIMATE, doseEstimate());
		complete(facilitator, sessionId, SessionStep.PREPARATION_CERTIFICATION, preparationCertified(preparedAt));
	}

	/**
	 * Completes administration of a session prepared three days ago or earlier: scheduled a day ago, checked in, a
	 * 20 mg administration of five hours, product and waste. Integration begins.
	 */
	public void administer(CurrentUser administrator, UUID sessionId) {
		complete(administrator, sessionId, SessionStep.SCHEDULE_ADMINISTRATION,
				schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		complete(administrator, sessionId, SessionStep.CHECK_IN, checkIn());
		complete(administrator, sessionId, SessionStep.ADMINISTRATION_RECORD, administration(20, null, 300));
		complete(administrator, sessionId, SessionStep.PRODUCT_AND_WASTE, productAndWaste());
	}

	/** A session of the facilitator at a new center, prepared and administered: it waits for integration to be offered. */
	public UUID sessionInIntegration(CurrentUser facilitator) {
		ServiceCenter center = center();
		CurrentUser administrator = administratorOf(center);
		UUID sessionId = session(facilitator, center);
		prepare(facilitator, sessionId, Instant.now().minus(3, ChronoUnit.DAYS));
		administer(administrator, sessionId);
		return sessionId;
	}

}
