package org.sojourn.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.forms.FormFields;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.AddendumRequest;
import org.sojourn.records.FormAnswers;
import org.sojourn.records.RecordSamples;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.IntegrationReminders;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session page over real HTTP with form login: who sees it, and its center and cancel forms. */
@SojournTest
class SessionPagesTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private Sessions sessions;

	@Autowired
	private SessionRecords records;

	@Autowired
	private Clients clients;

	@Autowired
	private SessionRecordEntries entries;

	@Autowired
	private SessionPageView view;

	@Autowired
	private IntegrationReminders reminders;

	@Value("${sojourn.time-zone}")
	private ZoneId zone;

	@Test
	void theFacilitatorAndTheCentersAdministratorSeeTheRecordButNotTheClient() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		fixtures.enroll(facilitator, center);
		String legalName = "Legal " + SessionFixtures.unique("name");
		String privateEmail = SessionFixtures.unique("private") + "@example.org";
		UUID clientId = clients.create(facilitator.username(),
				new ClientProfile(legalName, null, "ze/zir", LocalDate.of(1980, 1, 2), privateEmail, null, null, null))
			.id();
		UUID session = sessions.create(facilitator, clientId, center.getId()).id();
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		fixtures.complete(facilitator, session, SessionStep.DOSE_ESTIMATE, SessionFixtures.doseEstimate());
		String certifyTask = fixtures.openTask(facilitator, session, SessionStep.PREPARATION_CERTIFICATION).id();
		UUID doseEstimate = records.record(facilitator, session)
			.forms()
			.stream()
			.filter(form -> form.step() == SessionStep.DOSE_ESTIMATE)
			.findFirst()
			.orElseThrow()
			.id();
		entries.addAddendum(facilitator, session, new AddendumRequest(doseEstimate.toString(),
				"Agreed <a lower> start", Map.of("estimatedInitialDoseMg", 15)));

		Reply mine = http().signedIn(facilitator.username()).get(page(session));
		assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
		assertThat(mine.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(mine.body()).contains("Client information", "Submitted by <strong>" + facilitator.username(),
				"Has the client taken lithium in the last 30 days?", "id=\"status\">ACTIVE<", center.getName(), "id=\"center-form\"",
				"id=\"cancel-form\"", "/camunda/app/tasklist/default/#/?task=" + certifyTask, "Complete in Tasklist",
				"waits for <strong>" + facilitator.username(), "href=\"" + page(session) + "/record.pdf\"",
				"data-state=\"current\"", "Addendum by", "Agreed &lt;a lower&gt; start",
				"Estimated initial dose (mg)</span>: <span>from 20 to 15")
			// The session record names its client (legal name, date of birth); the client record stays out.
			.contains("id=\"client\">" + legalName + "<", "1980-01-02")
			.doesNotContain(privateEmail, "ze/zir")
			.doesNotContain("<a lower>");

		Reply theirs = http().signedIn(administrator.username()).get(page(session));
		assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
		assertThat(theirs.body()).contains("Client information", "id=\"status\">ACTIVE<", "id=\"cancel-form\"")
			.doesNotContain("id=\"center-form\"")
			.contains(legalName)
			.doesNotContain(privateEmail, "ze/zir");

		Reply pdf = http().signedIn(administrator.username()).get(page(session) + "/record.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

		List<String> reads = new ArrayList<>();
		http().basic(facilitator.username())
			.get("/api/sessions/" + session + "/audit?size=100")
			.json()
			.path("content")
			.forEach(entry -> reads.add(entry.path("actor").asText() + " " + entry.path("action").asText() + " "
					+ entry.path("what").asText()));
		assertThat(reads).as("page reads are in the session's audit trail")
			.contains(facilitator.username() + " READ GET /sessions/{id}",
					administrator.username() + " READ GET /sessions/{id}",
					administrator.username() + " READ GET /sessions/{id}/record.pdf");
	}

	@Test
	void sessionPageLabelsAnswersWithTheFormsOwnLabelsInFormOrder() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		String consents = records.record(facilitator, session)
			.forms()
			.stream()
			.filter(form -> form.step() == SessionStep.CONSENTS_AND_PLANS)
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		entries.addAddendum(facilitator, session, new AddendumRequest(consents, "The client will take the bus.",
				Map.of("transportationMode", "public_transit")));

		Reply reply = http().signedIn(facilitator.username()).get(page(session));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.body())
			.contains(row("Is the client 21 years of age or older?", "Yes"),
					row("Has the client taken lithium in the last 30 days?", "No"),
					row("How will the client get home after the administration session?", "Taxi or rideshare"),
					row("Supportive touch", "Declines supportive touch"),
					row("The client signed the informed consent form", "Yes"),
					"How will the client get home after the administration session?</span>: "
							+ "<span>from Taxi or rideshare to Public transit</span>")
			.containsSubsequence(">The client received and acknowledged the client bill of rights</th>",
					">The client signed the informed consent form</th>",
					">How will the client get home after the administration session?</th>",
					">Supportive touch</th>", ">Facilitators for each phase</th>", ">Data reporting</th>")
			.doesNotContain("Client is 21 or older", "Transportation mode", "Supportive touch consent",
					"taxi_or_rideshare", "public_transit", ">declined<");
	}

	@Test
	void answersFollowTheFormsFieldOrderAndKeysTheFormDoesNotHaveComeLast() {
		RecordViews.Form consents = RecordSamples.form(SessionStep.CONSENTS_AND_PLANS, FormFields.ConsentsAndPlans.FORM_ID, """
				{"retiredQuestion": "kept", "dataReportingOptOut": "opted_out", "transportationMode": "walking",
				 "billOfRightsAcknowledged": true}""");

		List<FormAnswers.Row> answers = view.forms(RecordSamples.record(List.of(consents), List.of())).get(0).answers();

		assertThat(answers).containsExactly(
				new FormAnswers.Row("The client received and acknowledged the client bill of rights", "Yes"),
				new FormAnswers.Row("How will the client get home after the administration session?", "Walking"),
				new FormAnswers.Row("Data reporting", "Client opted out"),
				new FormAnswers.Row("Retired question", "kept"));
	}

	@Test
	void answersOfAFormNoLongerShippedAreLabelledByTheWordsOfTheirKeys() {
		RecordViews.Form renamed = RecordSamples.form(SessionStep.CONSENTS_AND_PLANS, "form_consentsAndPlansBeforeRenaming", """
				{"transportationMode": "walking", "billOfRightsAcknowledged": true}""");

		List<FormAnswers.Row> answers = view.forms(RecordSamples.record(List.of(renamed), List.of())).get(0).answers();

		assertThat(answers).containsExactly(new FormAnswers.Row("Transportation mode", "walking"),
				new FormAnswers.Row("Bill of rights acknowledged", "Yes"));
	}

	@Test
	void correctionsAreLabelledByTheFormTheyCorrectTheAdministrationRecordIncluded() {
		RecordViews.Form consents = RecordSamples.form(SessionStep.CONSENTS_AND_PLANS, FormFields.ConsentsAndPlans.FORM_ID, """
				{"transportationMode": "taxi_or_rideshare"}""");
		RecordViews.Form administration = RecordSamples.form(SessionStep.ADMINISTRATION_RECORD,
				FormFields.AdministrationRecord.FORM_ID, """
						{"productId": "LOT-1", "transportPlanFollowed": "yes"}""");
		RecordViews.AddendumView toConsents = RecordSamples.addendum(consents.id().toString(), """
				{"transportationMode": {"from": "taxi_or_rideshare", "to": "public_transit"}}""");
		RecordViews.AddendumView toAdministration = RecordSamples.addendum(SessionRecordEntries.ADMINISTRATION, """
				{"transportPlanFollowed": {"from": "yes", "to": "no"}, "productId": {"from": "LOT-1", "to": "LOT-2"}}""");
		RecordViews.Record record = RecordSamples.record(List.of(consents, administration), List.of(toConsents, toAdministration));

		assertThat(view.forms(record).get(0).addenda()).singleElement()
			.extracting(SessionPageView.Correction::changes)
			.isEqualTo(List.of(new FormAnswers.Row("How will the client get home after the administration session?",
					"from Taxi or rideshare to Public transit")));
		assertThat(view.administrationAddenda(record)).singleElement()
			.extracting(SessionPageView.Correction::changes)
			.isEqualTo(List.of(new FormAnswers.Row("Product tracking ID or batch number", "from LOT-1 to LOT-2"),
					new FormAnswers.Row("Did the client leave as set out in their transportation plan?",
							"from Yes to No")));
	}

	@Test
	void anyoneElseFindsNothingAndAnonymousSignsInFirst() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		UUID session = fixtures.session(facilitator, center);
		CurrentUser otherFacilitator = fixtures.facilitator();
		CurrentUser otherAdministrator = fixtures.administratorOf(fixtures.center());
		CurrentUser operator = fixtures.operator();

		for (CurrentUser user : List.of(otherFacilitator, otherAdministrator, operator)) {
			Browser browser = http().signedIn(user.username());
			Reply reply = browser.get(page(session));
			assertThat(reply.status()).as(user.username()).isEqualTo(404);
			assertThat(reply.body()).doesNotContain(session.toString() + "</td>");
			assertThat(browser.get(page(session) + "/record.pdf").status()).as(user.username()).isEqualTo(404);
		}
		Reply missing = http().signedIn(facilitator.username()).get(page(UUID.randomUUID()));
		assertThat(missing.status()).isEqualTo(404);
		Reply anonymous = http().anonymous().get(page(session));
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).endsWith("/login");
	}

	@Test
	void associatingACenterThroughThePageMovesAWaitingSessionOn() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		UUID session = fixtures.session(facilitator, null);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		Browser browser = http().signedIn(facilitator.username());
		assertThat(browser.get(page(session)).body()).contains("Waiting for a service center")
			.contains("No service center has accepted you yet");

		Reply refused = browser.submitForm(page(session), page(session) + "/center",
				Map.of("centerId", center.getId().toString()));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"error\"", "has not accepted you");
		assertThat(records.record(facilitator, session).waitingForCenter()).isTrue();

		fixtures.enroll(facilitator, center);
		assertThat(browser.get(page(session)).body()).contains("value=\"" + center.getId() + "\"");
		Reply associated = browser.submitForm(page(session), page(session) + "/center",
				Map.of("centerId", center.getId().toString()));

		assertThat(associated.status()).as(associated.toString()).isEqualTo(302);
		assertThat(associated.location()).endsWith(page(session));
		RecordViews.Record record = records.record(facilitator, session);
		assertThat(record.waitingForCenter()).isFalse();
		assertThat(record.openTasks()).extracting(OpenTask::step).containsExactly(SessionStep.SCHEDULE_ADMINISTRATION);
		assertThat(browser.get(page(session)).body())
			.contains("waits for <strong>the administrators of " + center.getName() + "</strong>")
			.doesNotContain("Waiting for a service center");
	}

	@Test
	void cancellingThroughThePageNeedsAReasonAndWorksBeforeConsumption() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		Browser browser = http().signedIn(facilitator.username());

		Reply noReason = browser.submitForm(page(session), page(session) + "/cancellation",
				Map.of("kind", "CANCELLED", "reason", " "));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.body()).contains("id=\"reason-error\"", "Give the reason").doesNotContain("id=\"error\"");
		assertThat(records.record(facilitator, session).session().status()).isEqualTo(SessionStatus.ACTIVE);

		Reply cancelled = browser.submitForm(page(session), page(session) + "/cancellation",
				Map.of("kind", "CANCELLED", "reason", "Client moved <away>", "confirmed", "yes"));
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(302);
		assertThat(records.record(facilitator, session).session().status()).isEqualTo(SessionStatus.CANCELLED);
		assertThat(http().basic(facilitator.username()).get("/api/sessions/" + session + "/audit").body())
			.contains("\"action\":\"CANCEL\"", "POST /sessions/{id}/cancellation");
		assertThat(browser.get(page(session)).body()).contains("id=\"status\">CANCELLED<", "Client moved &lt;away&gt;")
			.doesNotContain("id=\"cancel-form\"")
			.doesNotContain("Client moved <away>");
	}

	@Test
	void cancellingAfterCheckInShowsTheRefusalAndChangesNothing() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		fixtures.complete(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1))));
		fixtures.complete(administrator, session, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		Browser browser = http().signedIn(administrator.username());
		assertThat(browser.get(page(session)).body()).doesNotContain("id=\"cancel-form\"");

		Reply refused = browser.submitForm(page(session), page(session) + "/cancellation",
				Map.of("kind", "WITHDRAWN", "reason", "Changed their mind"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"error\"", "cannot be cancelled", "id=\"status\">ACTIVE<");
		assertThat(records.record(facilitator, session).session().status()).isEqualTo(SessionStatus.ACTIVE);
	}

	@Test
	void onlyTheFacilitatorIsRemindedOnThePageOfASessionWhoseIntegrationIsOverdue() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofDays(3)));
		fixtures.administer(administrator, session);
		Browser browser = http().signedIn(facilitator.username());
		assertThat(browser.get(page(session)).body()).doesNotContain("id=\"integrationOverdue\"");
		Instant integrationBegan = records.record(facilitator, session)
			.forms()
			.stream()
			.filter(form -> form.step() == SessionStep.PRODUCT_AND_WASTE)
			.findFirst()
			.orElseThrow()
			.submittedAt();

		reminders.remind(session);

		String reminded = browser.get(page(session)).body().replaceAll("\\s+", " ");
		assertThat(reminded).contains("id=\"integrationOverdue\"", "Integration has been open since <span>"
				+ new PageTimes(zone).day(integrationBegan)
				+ "</span>: record the next integration session or certify completion.");
		Reply administrators = http().signedIn(administrator.username()).get(page(session));
		assertThat(administrators.status()).isEqualTo(200);
		assertThat(administrators.body()).doesNotContain("id=\"integrationOverdue\"", "Integration has been open");
		Reply stranger = http().signedIn(fixtures.facilitator().username()).get(page(session));
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.body()).doesNotContain("Integration has been open", session.toString());

		fixtures.complete(facilitator, session, SessionStep.INTEGRATION_OFFER, SessionFixtures.integrationOffer(false));
		fixtures.complete(facilitator, session, SessionStep.COMPLETION_CERTIFICATION,
				SessionFixtures.completionCertified());
		assertThat(browser.get(page(session)).body()).as("no reminder once integration is closed")
			.doesNotContain("id=\"integrationOverdue\"");
	}

	/** A row of a form's answers as the page writes it. */
	private static String row(String label, String value) {
		return "<th scope=\"row\">%s</th><td>%s</td>".formatted(label, value);
	}

	private static String page(UUID session) {
		return "/sessions/" + session;
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
