package org.sojourn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.GroupFixtures;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Group administration sessions in the quarterly report, from a known quarter at a fresh center built through the
 * group service and each participant's own tasks, as a center's administrators build it.
 *
 * <p>
 * The quarter: a group of four in which three clients were administered and one left before check-in (and was then
 * administered individually); a group of two, both administered; a group planned in the quarter in which nobody was
 * administered yet; one individual administration. The quarter before holds a group of one. So the quarter has 7
 * clients administered, 2 individual sessions, 2 group sessions with 5 clients administered in them (2.50 per group
 * session).
 */
@SojournTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupReportTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	GroupAdministrations groups;

	@Value("${sojourn.time-zone}")
	ZoneId zone;

	@LocalServerPort
	int port;

	private GroupFixtures.Center center;

	private Quarter quarter;

	@BeforeAll
	void aQuarterWithGroups() {
		GroupFixtures groupFixtures = new GroupFixtures(fixtures, groups);
		center = groupFixtures.center(12);
		Instant end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		Instant start = end.minus(300, ChronoUnit.MINUTES);
		quarter = Quarter.containing(start, zone);
		Instant prepared = Instant.now().minus(3, ChronoUnit.DAYS);

		List<UUID> four = prepared(groupFixtures, 4, prepared);
		UUID leaver = four.get(3);
		UUID groupOfFour = plan(start, four);
		groups.removeParticipant(center.administrator(), groupOfFour, leaver);
		administerGroup(groupOfFour, four.subList(0, 3), start, end);
		administerIndividually(leaver, start, end);

		List<UUID> two = prepared(groupFixtures, 2, prepared);
		administerGroup(plan(start.plus(1, ChronoUnit.MINUTES), two), two, start, end);

		plan(start, prepared(groupFixtures, 2, prepared));

		administerIndividually(prepared(groupFixtures, 1, prepared).get(0), start, end);

		// A group of the quarter before, its participant's record started then.
		Instant earlierEnd = quarter.start(zone).minus(2, ChronoUnit.DAYS);
		Instant earlierStart = earlierEnd.minus(300, ChronoUnit.MINUTES);
		List<UUID> one = prepared(groupFixtures, 1, earlierStart.minus(3, ChronoUnit.DAYS));
		administerGroup(plan(earlierStart, one), one, earlierStart, earlierEnd);
	}

	@Test
	void theReportCountsGroupSessionsAndTheirClients() {
		JsonNode report = reportOf(quarter);

		assertThat(report.path("clientsAdministered").asInt()).as("3 + 1 who left + 2 + 1 individual").isEqualTo(7);
		assertThat(report.path("individualSessions").asInt()).as("the one who left and the individual one")
			.isEqualTo(2);
		assertThat(report.path("groupSessions").asInt()).as("the group in which nobody was administered is none")
			.isEqualTo(2);
		assertThat(report.path("clientsPerGroupSession").asText()).as("(3 + 2) / 2").isEqualTo("2.50");
		assertThat(report.path("administrationsPerClient").asText()).as("7 / 7").isEqualTo("1.00");
	}

	@Test
	void aGroupCountsInTheQuarterItWasScheduledIn() {
		JsonNode earlier = reportOf(quarter.previous());

		assertThat(earlier.path("groupSessions").asInt()).isEqualTo(1);
		assertThat(earlier.path("clientsPerGroupSession").asText()).isEqualTo("1.00");
		assertThat(earlier.path("individualSessions").asInt()).isZero();
		assertThat(earlier.path("clientsAdministered").asInt()).isEqualTo(1);
	}

	@Test
	void theCsvAndThePageCarryTheGroupFigures() {
		List<String> rows = http().basic(administrator()).get(apiPath(quarter) + ".csv").body().lines().toList();

		assertThat(rows).contains("clients,administered,7", "sessions,individual,2", "sessions,group,2",
				"averages,administrations_per_client,1.00", "averages,clients_per_group_session,2.50");

		SojournHttp.Reply page = http().signedIn(administrator())
			.get("/centers/" + center.id() + "/reports/" + quarter.year() + "/Q" + quarter.number());
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(cell(page, "individualSessions")).isEqualTo("2");
		assertThat(cell(page, "groupSessions")).isEqualTo("2");
		assertThat(cell(page, "clientsPerGroupSession")).isEqualTo("2.50");
	}

	// ---- Building the quarter ----

	private List<UUID> prepared(GroupFixtures groupFixtures, int sessions, Instant preparedAt) {
		return IntStream.range(0, sessions)
			.mapToObj(i -> groupFixtures.preparedSession(center.facilitator(), center, 20, preparedAt))
			.toList();
	}

	private UUID plan(Instant at, List<UUID> sessions) {
		return groups.plan(center.administrator(), center.id(),
				GroupFixtures.plan(center, List.of(center.facilitator().username()), sessions, at)).id();
	}

	/** The group checks in, and each of these participants is checked in and has its administration recorded. */
	private void administerGroup(UUID group, List<UUID> participants, Instant start, Instant end) {
		groups.checkIn(center.administrator(), group);
		for (UUID session : participants) {
			fixtures.complete(center.administrator(), session, SessionStep.CHECK_IN, SessionFixtures.checkIn());
			fixtures.complete(center.administrator(), session, SessionStep.ADMINISTRATION_RECORD, record(start, end));
		}
	}

	private void administerIndividually(UUID session, Instant start, Instant end) {
		fixtures.complete(center.administrator(), session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		fixtures.complete(center.administrator(), session, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		fixtures.complete(center.administrator(), session, SessionStep.ADMINISTRATION_RECORD, record(start, end));
	}

	private static Map<String, Object> record(Instant start, Instant end) {
		Map<String, Object> record = SessionFixtures.administration(20, null, 300);
		record.put("initialDoseAt", start.toString());
		record.put("sessionStartedAt", start.toString());
		record.put("sessionEndedAt", end.toString());
		return record;
	}

	private String administrator() {
		return center.administrator().username();
	}

	// ---- Reading the report ----

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

	private String apiPath(Quarter of) {
		return "/api/centers/" + center.id() + "/reports/" + of.year() + "/Q" + of.number();
	}

	private JsonNode reportOf(Quarter of) {
		SojournHttp.Reply reply = http().basic(administrator()).get(apiPath(of));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private static String cell(SojournHttp.Reply page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page.body());
		assertThat(matcher.find()).as("the page has an element %s", id).isTrue();
		return matcher.group(1).trim();
	}

}
