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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.GroupRows;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Group administration sessions in the quarterly report, from a known quarter at a fresh center.
 *
 * <p>
 * The quarter: a group of four in which three clients were administered and one left before consumption (and was then
 * administered individually); a group of two, both administered; a group planned in the quarter in which nobody was
 * administered; one individual administration. The quarter before holds a group of one. So the quarter has 7 clients
 * administered, 2 individual sessions, 2 group sessions with 5 clients administered in them (2.50 per group session).
 */
@SojournTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupReportTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Value("${sojourn.time-zone}")
	ZoneId zone;

	@LocalServerPort
	int port;

	private ServiceCenter center;

	private CurrentUser administrator;

	private CurrentUser facilitator;

	private Quarter quarter;

	private GroupRows rows;

	@BeforeAll
	void aQuarterWithGroups() {
		rows = new GroupRows(jdbc);
		center = fixtures.center();
		administrator = fixtures.administratorOf(center);
		facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		Instant end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		Instant start = end.minus(300, ChronoUnit.MINUTES);
		quarter = Quarter.containing(start, zone);
		UUID room = rows.room(center.getId(), "Cedar room", 12);

		UUID groupOfFour = group(room, start, "ADMINISTERED");
		for (int i = 0; i < 3; i++) {
			rows.administeredIn(groupOfFour, administered(start, end));
		}
		rows.leftBeforeConsumption(groupOfFour, administered(start, end));
		UUID groupOfTwo = group(room, start.plus(1, ChronoUnit.MINUTES), "CLOSED");
		rows.administeredIn(groupOfTwo, administered(start, end));
		rows.administeredIn(groupOfTwo, administered(start, end));
		UUID nobodyAdministered = group(room, start, "PLANNED");
		rows.joined(nobodyAdministered, prepared());
		rows.joined(nobodyAdministered, prepared());
		administered(start, end);

		// A group of the quarter before, with the administration its record started then.
		Instant earlierEnd = quarter.start(zone).minus(2, ChronoUnit.DAYS);
		Instant earlierStart = earlierEnd.minus(300, ChronoUnit.MINUTES);
		rows.administeredIn(group(room, earlierStart, "CLOSED"), administered(earlierStart, earlierEnd));
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
		List<String> rows = http().basic(administrator.username()).get(apiPath(quarter) + ".csv").body().lines().toList();

		assertThat(rows).contains("clients,administered,7", "sessions,individual,2", "sessions,group,2",
				"averages,administrations_per_client,1.00", "averages,clients_per_group_session,2.50");

		SojournHttp.Reply page = http().signedIn(administrator.username())
			.get("/centers/" + center.getId() + "/reports/" + quarter.year() + "/Q" + quarter.number());
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(cell(page, "individualSessions")).isEqualTo("2");
		assertThat(cell(page, "groupSessions")).isEqualTo("2");
		assertThat(cell(page, "clientsPerGroupSession")).isEqualTo("2.50");
	}

	// ---- Building the quarter ----

	/** A session of a new client, prepared, scheduled, checked in and administered from start to end. */
	private UUID administered(Instant start, Instant end) {
		UUID session = prepared();
		fixtures.complete(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		fixtures.complete(administrator, session, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		Map<String, Object> record = SessionFixtures.administration(20, null, 300);
		record.put("initialDoseAt", start.toString());
		record.put("sessionStartedAt", start.toString());
		record.put("sessionEndedAt", end.toString());
		fixtures.complete(administrator, session, SessionStep.ADMINISTRATION_RECORD, record);
		return session;
	}

	private UUID prepared() {
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		return session;
	}

	private UUID group(UUID room, Instant scheduledAt, String status) {
		return rows.group(center.getId(), room, scheduledAt, status, administrator.username(),
				List.of(facilitator.username()));
	}

	// ---- Reading the report ----

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

	private String apiPath(Quarter of) {
		return "/api/centers/" + center.getId() + "/reports/" + of.year() + "/Q" + of.number();
	}

	private JsonNode reportOf(Quarter of) {
		SojournHttp.Reply reply = http().basic(administrator.username()).get(apiPath(of));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private static String cell(SojournHttp.Reply page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page.body());
		assertThat(matcher.find()).as("the page has an element %s", id).isTrue();
		return matcher.group(1).trim();
	}

}
