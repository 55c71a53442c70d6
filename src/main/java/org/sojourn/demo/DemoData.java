package org.sojourn.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupPlan;
import org.sojourn.groups.RoomRequest;
import org.sojourn.groups.RoomView;
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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo logins and records once, on an empty database. Every password is "demo". */
@Component
@Order(10)
@ConditionalOnProperty(name = "sojourn.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Accounts accounts;

	private final CurrentUsers users;

	private final ServiceCenters centers;

	private final CenterMemberships memberships;

	private final Clients clients;

	private final Sessions sessions;

	private final SessionRecords records;

	private final SessionTasks tasks;

	private final GroupAdministrations groups;

	DemoData(Accounts accounts, CurrentUsers users, ServiceCenters centers, CenterMemberships memberships,
			Clients clients, Sessions sessions, SessionRecords records, SessionTasks tasks,
			GroupAdministrations groups) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.users = users;
		this.centers = centers;
		this.clients = clients;
		this.sessions = sessions;
		this.records = records;
		this.tasks = tasks;
		this.groups = groups;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists("fiona")) {
			return;
		}
		accounts.createAccount("operator", PASSWORD, "Olive Operator", "operator@example.org", true);
		accounts.createFacilitator("fiona", PASSWORD, "Fiona Facilitator", "fiona@example.org", "PSF-1001");
		accounts.createFacilitator("felix", PASSWORD, "Felix Facilitator", "felix@example.org", "PSF-1002");
		accounts.createAccount("carla", PASSWORD, "Carla Center-Admin", "carla@example.org", false);
		accounts.createAccount("wes", PASSWORD, "Wes Center-Admin", "wes@example.org", false);
		ServiceCenter cascade = centers.register("Cascade Wellness Center", "PSC-2001", "carla");
		ServiceCenter willamette = centers.register("Willamette Retreat", "PSC-2002", "wes");

		CurrentUser fiona = users.of("fiona");
		CurrentUser felix = users.of("felix");
		CurrentUser carla = users.of("carla");
		CurrentUser wes = users.of("wes");
		// Fiona works with Cascade and is invited to Willamette; Felix works with Willamette.
		memberships.invite(carla, cascade.getId(), "fiona");
		memberships.respond(fiona, cascade.getId(), true);
		memberships.invite(wes, willamette.getId(), "fiona@example.org");
		memberships.invite(wes, willamette.getId(), "felix");
		memberships.respond(felix, willamette.getId(), true);

		// Just created, no center yet: waits for the client information form.
		UUID river = client(fiona, "River Song", "River", "they/them", LocalDate.of(1984, 5, 17));
		sessions.create(fiona, river, null);

		// Preparation done without a center: waits visibly for one.
		UUID ash = client(fiona, "Ash Moreno", null, "she/her", LocalDate.of(1979, 11, 2));
		UUID ashSession = sessions.create(fiona, ash, null).id();
		prepare(fiona, ashSession, daysAgo(2));

		// Prepared at Cascade: the center schedules administration.
		UUID jordan = client(fiona, "Jordan Lee", "Jo", "he/him", LocalDate.of(1990, 1, 23));
		UUID jordanSession = sessions.create(fiona, jordan, cascade.getId()).id();
		prepare(fiona, jordanSession, daysAgo(3));

		// A group at Cascade in two days, with a client of Fiona's and one of Felix's (who also works with Cascade):
		// each facilitator sees the group and only their own client in it.
		memberships.invite(carla, cascade.getId(), "felix");
		memberships.respond(felix, cascade.getId(), true);
		RoomView cedar = groups.addRoom(carla, cascade.getId(), new RoomRequest("Cedar room", 8));
		groups.addRoom(carla, cascade.getId(), new RoomRequest("Fir room", 4));
		UUID kai = client(fiona, "Kai Nakamura", null, "he/him", LocalDate.of(1987, 6, 30));
		UUID kaiSession = sessions.create(fiona, kai, cascade.getId()).id();
		prepare(fiona, kaiSession, daysAgo(3));
		UUID noor = client(felix, "Noor Haddad", null, "she/her", LocalDate.of(1975, 2, 11));
		UUID noorSession = sessions.create(felix, noor, cascade.getId()).id();
		prepare(felix, noorSession, daysAgo(4));
		Instant inTwoDays = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		groups.plan(carla, cascade.getId(), new GroupPlan(inTwoDays, cedar.id(), List.of("fiona", "felix"),
				List.of(kaiSession, noorSession)));

		// Administered at Willamette: the facilitator offers integration.
		UUID sam = client(felix, "Sam Okafor", null, null, LocalDate.of(1968, 8, 9));
		UUID samSession = sessions.create(felix, sam, willamette.getId()).id();
		prepare(felix, samSession, daysAgo(6));
		administer(wes, samSession, daysAgo(2));
		log.info("Loaded the demo data set: logins operator, fiona, felix, carla, wes (password '{}')", PASSWORD);
	}

	private UUID client(CurrentUser facilitator, String name, String preferred, String pronouns, LocalDate born) {
		return clients.create(facilitator.username(), new ClientProfile(name, preferred, pronouns, born, null,
				"+1 503 555 0100", "Emergency contact of " + name, "+1 503 555 0199")).id();
	}

	private void prepare(CurrentUser facilitator, UUID sessionId, Instant preparedAt) {
		complete(facilitator, sessionId, SessionStep.CLIENT_INFORMATION, Map.of("clientIs21OrOlder", "yes",
				"lithiumLast30Days", "no", "currentThoughtsOfHarm", "no", "activePsychosis", "no", "currentTreatment",
				"no", "medicationsDuringSession", "no", "historyOfHarm", "no", "mushroomAllergy", "no",
				"needsInterpreter", "no", "needsSupportPerson", "no"));
		complete(facilitator, sessionId, SessionStep.CONSENTS_AND_PLANS, Map.of("billOfRightsAcknowledged", true,
				"informedConsentSigned", true, "safetyAndSupportPlanSigned", true, "transportationPlanSigned", true,
				"dataReportingFormCompleted", true, "optOutOffered", true, "transportationMode",
				"support_person_drives", "supportiveTouchConsent", "declined", "differentFacilitatorsConsent",
				"not_applicable", "dataReportingOptOut", "participates"));
		complete(facilitator, sessionId, SessionStep.DOSE_ESTIMATE, Map.of("estimatedInitialDoseMg", 20));
		complete(facilitator, sessionId, SessionStep.PREPARATION_CERTIFICATION, Map.of("preparationSessionAt",
				preparedAt.toString(), "preparationSessionMinutes", 90, "preparationCertified", true));
	}

	private void administer(CurrentUser centerAdministrator, UUID sessionId, Instant startedAt) {
		complete(centerAdministrator, sessionId, SessionStep.SCHEDULE_ADMINISTRATION,
				Map.of("administrationScheduledAt", startedAt.toString(), "room", "Cedar room"));
		complete(centerAdministrator, sessionId, SessionStep.CHECK_IN, Map.of("checkedInAt", startedAt.toString(),
				"identityAndAgeVerified", true, "productConsumed", true));
		Map<String, Object> record = new HashMap<>();
		record.put("productId", "LOT-2026-0042");
		record.put("initialDoseMg", 20);
		record.put("initialDoseAt", startedAt.toString());
		record.put("sessionStartedAt", startedAt.toString());
		record.put("sessionEndedAt", startedAt.plus(5, ChronoUnit.HOURS).toString());
		record.put("transportPlanFollowed", "yes");
		record.put("clientReleaseSigned", true);
		complete(centerAdministrator, sessionId, SessionStep.ADMINISTRATION_RECORD, record);
		complete(centerAdministrator, sessionId, SessionStep.PRODUCT_AND_WASTE, Map.of("unusedProductMg", 0,
				"wasteDisposalMethod", "no_waste", "wasteWitnessedBy", "Carla Center-Admin"));
	}

	private void complete(CurrentUser user, UUID sessionId, SessionStep step, Map<String, Object> data) {
		OpenTask task = records.record(user, sessionId)
			.openTasks()
			.stream()
			.filter(open -> open.step() == step)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo session " + sessionId + " is not at " + step));
		tasks.complete(user, task.id(), data);
	}

	private static Instant daysAgo(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
	}

}
