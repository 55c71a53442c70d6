package org.sojourn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.forms.FormDataInvalid;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.AddendumRequest;
import org.sojourn.records.AdministrationEventKind;
import org.sojourn.records.EventReport;
import org.sojourn.records.ReactionSeverity;
import org.sojourn.records.RecordViews;
import org.sojourn.records.ReportingData;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.CancellationRequest;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A known quarter at a fresh center, built through Sojourn's services as people would build it, and every figure of
 * its report checked: JSON, CSV and page, with who may see them.
 *
 * <p>
 * The quarter: eight clients administered in nine sessions (one client twice), reactions of every kind and two
 * severities, one transport deviation (not a reaction); one client denied twice by screening, one denied on review,
 * one who withdrew, and a denial of a session without a center (not this center's); seven clients who take part in
 * data reporting and one who opted out.
 */
@SojournTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReportTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String OPTED_OUT = "opted_out";

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionRecords records;

	@Autowired
	SessionRecordEntries entries;

	@Autowired
	ReportingData reportingData;

	@Value("${sojourn.time-zone}")
	ZoneId zone;

	@LocalServerPort
	int port;

	private CurrentUser facilitator;

	private ServiceCenter center;

	private CurrentUser administrator;

	/** When every administration of the quarter started and ended (all the same, so they share a quarter). */
	private Instant start;

	private Instant end;

	/** The quarter of the administrations, from their recorded start. */
	private Quarter administered;

	/** The quarter in which the denials were decided, from their recorded time. */
	private Quarter decided;

	@BeforeAll
	void aKnownQuarter() {
		facilitator = fixtures.facilitator();
		center = fixtures.center();
		administrator = fixtures.administratorOf(center);
		fixtures.enroll(facilitator, center);
		end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		start = end.minus(300, ChronoUnit.MINUTES);

		List<UUID> administeredSessions = new ArrayList<>();
		UUID twice = fixtures.client(facilitator);
		// The first session's answers are replaced by those of the client's later consents form.
		administeredSessions.add(administer(administrator, center, twice, participating("reportAgeRange", "21_24",
				"reportRace", "asian", "reportReason", "spiritual"), List.of(), null));
		administeredSessions.add(administer(administrator, center, twice, participating("reportAgeRange", "25_34",
				"reportRace", "white", "reportEthnicity", "not_hispanic_latino", "reportLanguage", "english",
				"reportDisability", "no", "reportVeteran", "no", "reportReason", "mental_health"), List.of(), null));
		administeredSessions.add(administer(administrator, center, fixtures.client(facilitator),
				participating("reportAgeRange", "25_34", "reportRace", "white", "reportEthnicity",
						"not_hispanic_latino", "reportLanguage", "english", "reportDisability", "no", "reportVeteran",
						"no", "reportReason", "mental_health"),
				List.of(reaction(AdministrationEventKind.BEHAVIORAL_REACTION, ReactionSeverity.MILD, false),
						reaction(AdministrationEventKind.MEDICAL_REACTION, ReactionSeverity.SEVERE, true)),
				adverseReaction(true)));
		administeredSessions.add(administer(administrator, center, fixtures.client(facilitator),
				participating("reportAgeRange", "25_34", "reportRace", "white", "reportEthnicity",
						"not_hispanic_latino", "reportLanguage", "english", "reportDisability", "no", "reportVeteran",
						"no", "reportReason", "mental_health"),
				List.of(reaction(AdministrationEventKind.BEHAVIORAL_REACTION, ReactionSeverity.MILD, false),
						reaction(AdministrationEventKind.BEHAVIORAL_REACTION, ReactionSeverity.MODERATE, false)),
				adverseReaction(false)));
		administeredSessions.add(administer(administrator, center, fixtures.client(facilitator),
				participating("reportAgeRange", "25_34", "reportRace", "white", "reportEthnicity",
						"not_hispanic_latino", "reportLanguage", "english", "reportDisability", "no", "reportVeteran",
						"no", "reportReason", "spiritual"),
				List.of(new EventReport(AdministrationEventKind.TRANSPORT_DEVIATION, null, false, false,
						"A friend drove the client home instead of the planned taxi.", start)),
				null));
		administeredSessions.add(administer(administrator, center, fixtures.client(facilitator),
				participating("reportAgeRange", "25_34", "reportRace", "white", "reportEthnicity",
						"not_hispanic_latino", "reportLanguage", "english", "reportDisability", "no", "reportVeteran",
						"no", "reportReason", "spiritual"),
				// Emergency services called for a reaction the administration record does not mention.
				List.of(reaction(AdministrationEventKind.MEDICAL_REACTION, ReactionSeverity.MODERATE, true)), null));
		administeredSessions.add(administer(administrator, center, fixtures.client(facilitator),
				participating("reportAgeRange", "35_44", "reportRace", "asian", "reportEthnicity",
						"not_hispanic_latino", "reportLanguage", "english", "reportDisability", "yes", "reportVeteran",
						"no", "reportReason", "personal_growth"),
				List.of(), null));
		administeredSessions.add(administer(administrator, center, fixtures.client(facilitator),
				participating("reportAgeRange", "45_54", "reportEthnicity", "hispanic_latino", "reportLanguage",
						"english", "reportDisability", "prefer_not_to_say", "reportVeteran", "yes"),
				List.of(), null));
		Map<String, Object> optedOut = SessionFixtures.consents();
		optedOut.put("dataReportingOptOut", OPTED_OUT);
		administeredSessions.add(administer(administrator, center, fixtures.client(facilitator), optedOut, List.of(),
				null));

		Set<Quarter> quarters = new HashSet<>();
		administeredSessions.forEach(session -> quarters
			.add(Quarter.containing(records.record(administrator, session).administration().startedAt(), zone)));
		assertThat(quarters).as("the administrations share one quarter").hasSize(1);
		administered = quarters.iterator().next();

		List<UUID> deniedSessions = new ArrayList<>();
		UUID deniedTwice = fixtures.client(facilitator);
		for (int i = 0; i < 2; i++) {
			UUID session = sessions.create(facilitator, deniedTwice, center.getId()).id();
			fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, hardStop());
			deniedSessions.add(session);
		}
		UUID reviewed = fixtures.session(facilitator, center);
		Map<String, Object> needsReview = SessionFixtures.clearScreening();
		needsReview.put("currentTreatment", "yes");
		fixtures.complete(facilitator, reviewed, SessionStep.CLIENT_INFORMATION, needsReview);
		fixtures.complete(facilitator, reviewed, SessionStep.SCREENING_REVIEW,
				Map.of("reviewDecision", "deny", "reviewRationale", "The current treatment must settle first."));
		deniedSessions.add(reviewed);
		UUID withdrawn = fixtures.session(facilitator, center);
		sessions.cancel(facilitator, withdrawn,
				new CancellationRequest(CancellationRequest.Kind.WITHDRAWN, "The client changed their mind."));
		deniedSessions.add(withdrawn);
		// Denied before any center was chosen: no center reports it.
		fixtures.complete(facilitator, fixtures.session(facilitator, null), SessionStep.CLIENT_INFORMATION,
				hardStop());

		quarters.clear();
		deniedSessions.forEach(session -> quarters
			.add(Quarter.containing(records.record(facilitator, session).denial().decidedAt(), zone)));
		// The denials are decided within seconds; only a quarter's first second falling among them splits them.
		assertThat(quarters).as("the denials share one quarter").hasSize(1);
		decided = quarters.iterator().next();
	}

	@Test
	void theReportHasEveryFigureOfTheQuarter() {
		JsonNode report = reportOf(administered);

		assertThat(fieldNames(report)).containsExactlyInAnyOrder("center", "period", "clientsAdministered",
				"individualSessions", "groupSessions", "peopleDeniedByReason", "peopleDenied", "adverseReactions",
				"recordsNotingAdverseReaction", "emergencyServicesCalled", "administrationsPerClient",
				"clientsPerGroupSession", "demographics");
		assertThat(report.path("center")).isEqualTo(JSON.valueToTree(Map.of("id", center.getId().toString(), "name",
				center.getName(), "licenseNumber", center.getLicenseNumber())));
		assertThat(report.path("period")).isEqualTo(JSON.valueToTree(Map.of("quarter", administered.label(), "year",
				administered.year(), "number", administered.number(), "firstDay",
				administered.firstDay().toString(), "lastDay", administered.lastDay().toString(), "timeZone",
				zone.getId())));
		assertThat(report.path("clientsAdministered").asInt()).isEqualTo(8);
		assertThat(report.path("individualSessions").asInt()).isEqualTo(9);
		assertThat(report.path("groupSessions").asInt()).isZero();
		assertThat(report.path("adverseReactions")).isEqualTo(JSON.valueToTree(Map.of("BEHAVIORAL_REACTION",
				Map.of("MILD", 2, "MODERATE", 1, "SEVERE", 0), "MEDICAL_REACTION",
				Map.of("MILD", 0, "MODERATE", 1, "SEVERE", 1))));
		assertThat(report.path("recordsNotingAdverseReaction").asInt()).isEqualTo(2);
		assertThat(report.path("emergencyServicesCalled").asInt()).as("one session by record and event, one by event")
			.isEqualTo(2);
		assertThat(report.path("administrationsPerClient").asText()).as("9 / 8").isEqualTo("1.13");
		assertThat(report.path("clientsPerGroupSession").asText()).isEqualTo("n/a");

		JsonNode denials = reportOf(decided);
		assertThat(denials.path("peopleDeniedByReason")).isEqualTo(JSON.valueToTree(Map.of("SCREENING_HARD_STOP", 1,
				"FACILITATOR_JUDGEMENT", 1, "INCOMPLETE_FORMS", 0, "CLIENT_WITHDREW", 1, "OTHER", 0)));
		assertThat(denials.path("peopleDenied").asInt()).isEqualTo(3);
	}

	@Test
	void demographicsCountEachParticipatingClientOnceWithSmallCountsSuppressed() {
		JsonNode demographics = reportOf(administered).path("demographics");

		assertThat(fieldNames(demographics)).containsExactlyInAnyOrder("minimumCellSize", "participatingClients",
				"questions");
		assertThat(demographics.path("minimumCellSize").asInt()).isEqualTo(5);
		assertThat(demographics.path("participatingClients").asText()).as("the opted-out client is left out")
			.isEqualTo("7");
		Map<String, Map<String, String>> expected = new LinkedHashMap<>();
		// Two hidden counts hide each other: 25-34 (5) stays visible.
		expected.put("reportAgeRange", Map.of("25_34", "5", "35_44", "<5", "45_54", "<5"));
		expected.put("reportRace", Map.of("white", "5", "asian", "<5", "not_answered", "<5"));
		// A lone hidden count (1) could be derived from the total: the next smallest (6) is hidden with it.
		expected.put("reportEthnicity", Map.of("not_hispanic_latino", "<5", "hispanic_latino", "<5"));
		expected.put("reportLanguage", Map.of("english", "7"));
		expected.put("reportDisability", Map.of("no", "5", "yes", "<5", "prefer_not_to_say", "<5"));
		expected.put("reportSexualOrientation", Map.of("not_answered", "7"));
		expected.put("reportGenderIdentity", Map.of("not_answered", "7"));
		expected.put("reportIncomeRange", Map.of("not_answered", "7"));
		expected.put("reportCounty", Map.of("not_answered", "7"));
		expected.put("reportVeteran", Map.of("no", "<5", "yes", "<5"));
		expected.put("reportReason", Map.of("mental_health", "<5", "spiritual", "<5", "personal_growth", "<5",
				"not_answered", "<5"));

		List<ReportingData.Question> questions = reportingData.dataReportingQuestions();
		JsonNode shown = demographics.path("questions");
		assertThat(shown).hasSize(questions.size());
		assertThat(questions).extracting(ReportingData.Question::key).containsExactlyElementsOf(expected.keySet());
		for (int i = 0; i < questions.size(); i++) {
			ReportingData.Question question = questions.get(i);
			JsonNode counts = shown.get(i);
			assertThat(counts.path("key").asText()).isEqualTo(question.key());
			assertThat(counts.path("label").asText()).isEqualTo(question.label());
			List<String> cells = new ArrayList<>(question.choices().stream().map(ReportingData.Choice::value).toList());
			cells.add("not_answered");
			assertThat(counts.path("answers")).extracting(answer -> answer.path("value").asText())
				.as("cells of %s", question.key())
				.containsExactlyElementsOf(cells);
			Map<String, String> actual = new LinkedHashMap<>();
			Map<String, String> wanted = new LinkedHashMap<>();
			counts.path("answers").forEach(answer -> actual.put(answer.path("value").asText(), answer.path("count").asText()));
			cells.forEach(cell -> wanted.put(cell, expected.get(question.key()).getOrDefault(cell, "0")));
			assertThat(actual).as("counts of %s", question.key()).isEqualTo(wanted);
		}
		JsonNode age = shown.get(0);
		assertThat(age.path("label").asText()).isEqualTo("Age");
		assertThat(age.path("answers").get(1).path("label").asText()).isEqualTo("25 to 34");
		assertThat(age.path("answers").get(6).path("label").asText()).isEqualTo("Prefer not to say");
		assertThat(shown.get(8).path("answers")).as("36 counties, out of state, prefer not to say, not answered")
			.hasSize(39);
	}

	@Test
	void theCsvAskedForAsJsonIsNotAcceptable() {
		SojournHttp.Reply refused = http().basic(administrator.username())
			.raw("GET", apiPath(administered) + ".csv", Map.of("Accept", "application/json"), null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(406);
	}

	@Test
	void theCsvHasOneRowPerFigure() {
		SojournHttp.Reply csv = http().basic(administrator.username()).get(apiPath(administered) + ".csv");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains("quarterly-report-" + center.getLicenseNumber() + "-" + administered.label() + ".csv");
		assertThat(csv.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		List<String> rows = csv.body().lines().toList();
		assertThat(rows.get(0)).isEqualTo("section,item,value");
		assertThat(rows).contains("report,center," + center.getName(), "report,license," + center.getLicenseNumber(),
				"report,quarter," + administered.label(), "report,first_day," + administered.firstDay(),
				"report,last_day," + administered.lastDay(), "report,time_zone," + zone.getId(),
				"clients,administered,8", "sessions,individual,9", "sessions,group,0",
				"adverse_reactions,BEHAVIORAL_REACTION.MILD,2", "adverse_reactions,BEHAVIORAL_REACTION.MODERATE,1",
				"adverse_reactions,BEHAVIORAL_REACTION.SEVERE,0", "adverse_reactions,MEDICAL_REACTION.MILD,0",
				"adverse_reactions,MEDICAL_REACTION.MODERATE,1", "adverse_reactions,MEDICAL_REACTION.SEVERE,1",
				"adverse_reactions,records_noting_reaction,2", "adverse_reactions,emergency_services_called,2",
				"averages,administrations_per_client,1.13", "averages,clients_per_group_session,n/a",
				"demographics,minimum_cell_size,5", "demographics,participating_clients,7",
				"reportAgeRange,25_34,5", "reportAgeRange,35_44,<5", "reportAgeRange,21_24,0",
				"reportEthnicity,hispanic_latino,<5", "reportEthnicity,not_hispanic_latino,<5",
				"reportLanguage,english,7", "reportCounty,multnomah,0", "reportCounty,not_answered,7");
		List<String> denialRows = http().basic(administrator.username())
			.get(apiPath(decided) + ".csv")
			.body()
			.lines()
			.toList();
		assertThat(denialRows).contains("denials,SCREENING_HARD_STOP,1", "denials,FACILITATOR_JUDGEMENT,1",
				"denials,INCOMPLETE_FORMS,0", "denials,CLIENT_WITHDREW,1", "denials,OTHER,0",
				"denials,people_denied,3");

		JsonNode report = reportOf(administered);
		List<String> demographicRows = new ArrayList<>();
		report.path("demographics").path("questions").forEach(question -> question.path("answers")
			.forEach(answer -> demographicRows.add(question.path("key").asText() + "," + answer.path("value").asText()
					+ "," + answer.path("count").asText())));
		assertThat(rows).containsAll(demographicRows);
		// header, 6 about the report, 3 clients and sessions, 6 denials, 8 reactions, 2 averages, 2 demographics
		assertThat(rows).hasSize(1 + 6 + 3 + 6 + 8 + 2 + 2 + demographicRows.size());
	}

	@Test
	void thePageShowsTheFiguresToTheCentersAdministrator() {
		SojournHttp.Browser browser = http().signedIn(administrator.username());

		SojournHttp.Reply page = browser.get(pagePath(administered));

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains(center.getName(), administered.label(), "name=\"viewport\"",
				"A group administration session counts in the quarter of its scheduled time");
		assertThat(cell(page, "clientsAdministered")).isEqualTo("8");
		assertThat(cell(page, "individualSessions")).isEqualTo("9");
		assertThat(cell(page, "groupSessions")).isEqualTo("0");
		assertThat(cell(page, "administrationsPerClient")).isEqualTo("1.13");
		assertThat(cell(page, "clientsPerGroupSession")).isEqualTo("n/a");
		assertThat(cell(page, "reaction-BEHAVIORAL_REACTION-MILD")).isEqualTo("2");
		assertThat(cell(page, "reaction-MEDICAL_REACTION-SEVERE")).isEqualTo("1");
		assertThat(cell(page, "recordsNotingAdverseReaction")).isEqualTo("2");
		assertThat(cell(page, "emergencyServicesCalled")).isEqualTo("2");
		assertThat(cell(page, "participatingClients")).isEqualTo("7");
		assertThat(cell(page, "reportAgeRange-25_34")).isEqualTo("5");
		assertThat(cell(page, "reportEthnicity-hispanic_latino")).isEqualTo("&lt;5");
		assertThat(cell(page, "reportEthnicity-not_hispanic_latino")).isEqualTo("&lt;5");
		assertThat(cell(page, "reportLanguage-english")).isEqualTo("7");
		SojournHttp.Reply denials = browser.get(pagePath(decided));
		assertThat(cell(denials, "denied-SCREENING_HARD_STOP")).isEqualTo("1");
		assertThat(cell(denials, "peopleDenied")).isEqualTo("3");

		String csvLink = pagePath(administered) + ".csv";
		assertThat(page.body()).contains("href=\"" + csvLink + "\"",
				"href=\"" + pagePath(administered.previous()) + "\"");
		SojournHttp.Reply csv = browser.get(csvLink);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).contains("clients,administered,8");
	}

	@Test
	void nobodyButTheCentersAdministratorsSeesTheReport() {
		CurrentUser otherAdministrator = fixtures.administratorOf(fixtures.center());
		CurrentUser operator = fixtures.operator();
		for (CurrentUser user : List.of(otherAdministrator, facilitator, operator)) {
			assertThat(http().basic(user.username()).get(apiPath(administered)).status()).as(user.username())
				.isEqualTo(404);
			assertThat(http().basic(user.username()).get(apiPath(administered) + ".csv").status())
				.as(user.username())
				.isEqualTo(404);
			SojournHttp.Browser browser = http().signedIn(user.username());
			assertThat(browser.get(pagePath(administered)).status()).as(user.username()).isEqualTo(404);
			assertThat(browser.get(pagePath(administered) + ".csv").status()).as(user.username()).isEqualTo(404);
		}
		assertThat(http().basic(administrator.username())
			.get("/api/centers/" + UUID.randomUUID() + "/reports/" + administered.year() + "/Q1")
			.status()).isEqualTo(404);

		assertThat(http().anonymous().get(apiPath(administered)).status()).isEqualTo(401);
		assertThat(http().anonymous().get(apiPath(administered) + ".csv").status()).isEqualTo(401);
		SojournHttp.Reply page = http().anonymous().get(pagePath(administered));
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void aQuarterOrYearThatNamesNoReportIsABadRequest() {
		SojournHttp.Door door = http().basic(administrator.username());
		String reports = "/api/centers/" + center.getId() + "/reports/";
		int thisYear = Instant.now().atZone(zone).getYear();
		for (String path : List.of(reports + thisYear + "/Q5", reports + thisYear + "/Q0", reports + "2019/Q1",
				reports + (thisYear + 1) + "/Q1", reports + thisYear + "/Qx", reports + "twenty/Q1",
				reports + thisYear + "/Q5.csv")) {
			SojournHttp.Reply reply = door.get(path);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
			assertThat(reply.headers().firstValue("Content-Type").orElse("")).as(path)
				.startsWith("application/problem+json");
			assertThat(reply.json().path("status").asInt()).isEqualTo(400);
		}
		assertThat(door.get(reports + thisYear + "/Q5").json().path("detail").asText()).contains("Q1 to Q4");
		SojournHttp.Reply page = http().signedIn(administrator.username())
			.get("/centers/" + center.getId() + "/reports/" + thisYear + "/Q5");
		assertThat(page.status()).isEqualTo(400);
	}

	@Test
	void aClientWhoOptedOutCannotHaveDataReportingAnswers() {
		UUID session = fixtures.session(facilitator, null);
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		Map<String, Object> answered = SessionFixtures.consents();
		answered.put("dataReportingOptOut", OPTED_OUT);
		answered.put("reportCounty", "lane");
		answered.put("reportRace", "asian");

		assertThatThrownBy(() -> fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, answered))
			.isInstanceOfSatisfying(FormDataInvalid.class, refusal -> {
				assertThat(refusal.field()).as("the first data-reporting field of the form").isEqualTo("reportRace");
				assertThat(refusal.getMessage()).contains("opted out");
			});
		assertThat(records.record(facilitator, session).forms()).extracting(RecordViews.Form::step)
			.doesNotContain(SessionStep.CONSENTS_AND_PLANS);

		answered.remove("reportCounty");
		answered.remove("reportRace");
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, answered);
		assertThat(records.record(facilitator, session).forms()).extracting(RecordViews.Form::step)
			.contains(SessionStep.CONSENTS_AND_PLANS);
	}

	@Test
	void addendaCorrectTheReportLikeTheRecord() {
		ServiceCenter small = fixtures.center();
		CurrentUser smallAdministrator = fixtures.administratorOf(small);
		fixtures.enroll(facilitator, small);
		UUID session = administer(smallAdministrator, small, fixtures.client(facilitator),
				participating("reportAgeRange", "25_34"), List.of(), null);
		Quarter quarter = Quarter.containing(records.record(facilitator, session).administration().startedAt(), zone);
		String path = "/api/centers/" + small.getId() + "/reports/" + quarter.year() + "/Q" + quarter.number();

		JsonNode before = http().basic(smallAdministrator.username()).get(path).json();
		assertThat(before.path("recordsNotingAdverseReaction").asInt()).isZero();
		assertThat(before.path("emergencyServicesCalled").asInt()).isZero();
		assertThat(before.path("demographics").path("participatingClients").asText()).isEqualTo("<5");
		assertThat(before.path("demographics").path("questions").get(0).path("answers").get(1).path("count").asText())
			.isEqualTo("<5");

		UUID consents = records.record(facilitator, session)
			.forms()
			.stream()
			.filter(form -> form.step() == SessionStep.CONSENTS_AND_PLANS)
			.findFirst()
			.orElseThrow()
			.id();
		// Opting out afterwards takes the answers back too: an opted-out record may hold none.
		Map<String, Object> optOut = new java.util.HashMap<>();
		optOut.put("dataReportingOptOut", OPTED_OUT);
		optOut.put("reportAgeRange", null);
		entries.addAddendum(facilitator, session, new AddendumRequest(consents.toString(),
				"The client asked to opt out of data reporting after all.", optOut));
		entries.addAddendum(smallAdministrator, session, new AddendumRequest(SessionRecordEntries.ADMINISTRATION,
				"The reaction was noted after the record was signed.", Map.of("adverseReactionOccurred", true,
						"adverseReactionDescription", "Severe anxiety for an hour.", "emergencyServicesCalled", true)));

		JsonNode after = http().basic(smallAdministrator.username()).get(path).json();
		assertThat(after.path("clientsAdministered").asInt()).isEqualTo(1);
		assertThat(after.path("recordsNotingAdverseReaction").asInt()).isEqualTo(1);
		assertThat(after.path("emergencyServicesCalled").asInt()).isEqualTo(1);
		assertThat(after.path("demographics").path("participatingClients").asText()).isEqualTo("0");
		after.path("demographics")
			.path("questions")
			.forEach(question -> assertThat(question.path("answers")).extracting(answer -> answer.path("count").asText())
				.as(question.path("key").asText())
				.containsOnly("0"));
	}

	// ---- Building the quarter ----

	/**
	 * A session of the client at the center, prepared and administered from {@link #start} to {@link #end}, with
	 * the events recorded during administration and, when given, the adverse reaction noted on the record.
	 */
	private UUID administer(CurrentUser centerAdministrator, ServiceCenter at, UUID clientId,
			Map<String, Object> consents, List<EventReport> events, Map<String, Object> adverseReaction) {
		UUID session = sessions.create(facilitator, clientId, at.getId()).id();
		fixtures.complete(facilitator, session, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, session, SessionStep.CONSENTS_AND_PLANS, consents);
		fixtures.complete(facilitator, session, SessionStep.DOSE_ESTIMATE, SessionFixtures.doseEstimate());
		fixtures.complete(facilitator, session, SessionStep.PREPARATION_CERTIFICATION,
				SessionFixtures.preparationCertified(Instant.now().minus(3, ChronoUnit.DAYS)));
		fixtures.complete(centerAdministrator, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		fixtures.complete(centerAdministrator, session, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		events.forEach(event -> entries.recordEvent(centerAdministrator, session, event));
		Map<String, Object> record = SessionFixtures.administration(20, null, 300);
		record.put("initialDoseAt", start.toString());
		record.put("sessionStartedAt", start.toString());
		record.put("sessionEndedAt", end.toString());
		if (adverseReaction != null) {
			record.putAll(adverseReaction);
		}
		fixtures.complete(centerAdministrator, session, SessionStep.ADMINISTRATION_RECORD, record);
		return session;
	}

	/** Consents of a client who takes part in data reporting, with answers as key-value pairs. */
	private static Map<String, Object> participating(String... answers) {
		Map<String, Object> consents = SessionFixtures.consents();
		for (int i = 0; i < answers.length; i += 2) {
			consents.put(answers[i], answers[i + 1]);
		}
		return consents;
	}

	private EventReport reaction(AdministrationEventKind kind, ReactionSeverity severity, boolean emergency) {
		return new EventReport(kind, severity, emergency, emergency, "The client had a reaction; it was handled.",
				start);
	}

	private static Map<String, Object> adverseReaction(boolean emergencyServicesCalled) {
		Map<String, Object> reaction = new HashMap<>();
		reaction.put("adverseReactionOccurred", true);
		reaction.put("adverseReactionDescription", "A reaction during the session, handled on site.");
		reaction.put("emergencyServicesCalled", emergencyServicesCalled);
		return reaction;
	}

	private static Map<String, Object> hardStop() {
		Map<String, Object> screening = SessionFixtures.clearScreening();
		screening.put("lithiumLast30Days", "yes");
		return screening;
	}

	// ---- Reading the report ----

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

	private String apiPath(Quarter quarter) {
		return "/api/centers/" + center.getId() + "/reports/" + quarter.year() + "/Q" + quarter.number();
	}

	private String pagePath(Quarter quarter) {
		return "/centers/" + center.getId() + "/reports/" + quarter.year() + "/Q" + quarter.number();
	}

	private JsonNode reportOf(Quarter quarter) {
		SojournHttp.Reply reply = http().basic(administrator.username()).get(apiPath(quarter));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	/** The text of the page's element with the id. */
	private static String cell(SojournHttp.Reply page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page.body());
		assertThat(matcher.find()).as("the page has an element %s", id).isTrue();
		return matcher.group(1).trim();
	}

}
