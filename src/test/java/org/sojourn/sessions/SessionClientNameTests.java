package org.sojourn.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session record names its client (legal name, preferred name, date of birth) for those who share it, over
 * real HTTP; the engine never holds the name; a status in a practitioner's words; clients under 21 refused.
 */
@SojournTest
class SessionClientNameTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private Clients clients;

	@Autowired
	private Sessions sessions;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private HistoryService history;

	@Value("${sojourn.time-zone}")
	private ZoneId zone;

	private UUID client(CurrentUser facilitator, String legalName, String preferredName, LocalDate born) {
		return clients.create(facilitator.username(),
				new ClientProfile(legalName, preferredName, null, born, null, null, null, null)).id();
	}

	@Test
	void theSessionRecordKeepsTheNameAndBirthDateTheClientHadWhenItOpened() {
		CurrentUser facilitator = fixtures.facilitator();
		String legalName = "Legal " + SessionFixtures.unique("Rowan");
		UUID clientId = client(facilitator, legalName, "Ro", LocalDate.of(1979, 6, 30));

		Reply created = SojournHttp.onPort(port)
			.basic(facilitator.username())
			.post("/api/sessions", Map.of("clientId", clientId));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode client = created.json().path("client");
		assertThat(client.path("legalName").asText()).isEqualTo(legalName);
		assertThat(client.path("preferredName").asText()).isEqualTo("Ro");
		assertThat(client.path("dateOfBirth").asText()).isEqualTo("1979-06-30");

		clients.update(facilitator.username(), clientId,
				new ClientProfile("Renamed " + legalName, null, null, LocalDate.of(1979, 6, 30), null, null, null,
						null));
		String sessionId = created.json().path("id").asText();
		Reply record = SojournHttp.onPort(port).basic(facilitator.username()).get("/api/sessions/" + sessionId);
		assertThat(record.json().path("session").path("client").path("legalName").asText()).isEqualTo(legalName);
	}

	@Test
	void twoTasksOfOneStepNameTheirClientsInTheApi() {
		CurrentUser facilitator = fixtures.facilitator();
		String first = "First " + SessionFixtures.unique("Noa");
		String second = "Second " + SessionFixtures.unique("Noa");
		UUID one = sessions.create(facilitator, client(facilitator, first, null, LocalDate.of(1980, 1, 1)), null).id();
		UUID two = sessions.create(facilitator, client(facilitator, second, "Sec", LocalDate.of(1981, 1, 1)), null)
			.id();
		SojournHttp.Door api = SojournHttp.onPort(port).basic(facilitator.username());

		Reply list = api.get("/api/tasks");

		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		Map<String, String> clientOfSession = new HashMap<>();
		list.json()
			.forEach(task -> clientOfSession.put(task.path("sessionId").asText(),
					task.path("client").path("legalName").asText()));
		assertThat(clientOfSession).containsEntry(one.toString(), first).containsEntry(two.toString(), second);
		String taskId = list.json().get(0).path("id").asText();
		assertThat(api.get("/api/tasks/" + taskId).json().path("client").path("legalName").asText()).isNotBlank();
	}

	@Test
	void theEngineNeverHoldsTheClientsName() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		fixtures.enroll(facilitator, center);
		String legalName = "Engine " + SessionFixtures.unique("Sage");
		UUID sessionId = sessions.create(facilitator, client(facilitator, legalName, "Sagey", LocalDate.of(1990, 1, 1)),
				center.getId()).id();
		fixtures.prepare(facilitator, sessionId, Instant.now().minus(Duration.ofDays(2)));

		String instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(sessionId.toString())
			.singleResult()
			.getId();
		assertThat(runtime.getVariables(instance).values().toString()).doesNotContain(legalName, "Sagey", "1990-01-01");
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
			.allSatisfy(variable -> assertThat(variable.getName()).doesNotContainIgnoringCase("name"));
	}

	@Test
	void aClientUnder21IsRefusedASessionAndNothingIsOpened() {
		CurrentUser facilitator = fixtures.facilitator();
		LocalDate today = LocalDate.now(zone);
		UUID young = client(facilitator, "Young " + SessionFixtures.unique("Kai"), null,
				today.minusYears(21).plusDays(1));
		UUID justOld = client(facilitator, "Of age " + SessionFixtures.unique("Kai"), null, today.minusYears(21));
		SojournHttp.Door api = SojournHttp.onPort(port).basic(facilitator.username());

		Reply refused = api.post("/api/sessions", Map.of("clientId", young));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().path("rule").asText()).isEqualTo("minimum-age");
		assertThat(refused.json().path("detail").asText()).contains("21 or older");
		assertThat(sessions.ofClient(facilitator, young)).isEmpty();
		assertThat(api.post("/api/sessions", Map.of("clientId", justOld)).status()).isEqualTo(201);
	}

	@Test
	void theStatusSaysWhatIsNextInAPractitionersWords() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID withoutCenter = fixtures.session(facilitator, null);
		assertThat(stage(facilitator, withoutCenter)).isEqualTo("PREPARING");
		fixtures.prepare(facilitator, withoutCenter, Instant.now().minus(Duration.ofDays(3)));
		assertThat(stage(facilitator, withoutCenter)).isEqualTo("NEEDS_CENTER");

		fixtures.enroll(facilitator, center);
		sessions.associateCenter(facilitator, withoutCenter, center.getId());
		assertThat(stage(facilitator, withoutCenter)).isEqualTo("READY_TO_SCHEDULE");
		fixtures.complete(administrator, withoutCenter, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now()));
		assertThat(stage(administrator, withoutCenter)).isEqualTo("SCHEDULED");
		fixtures.complete(administrator, withoutCenter, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		assertThat(stage(administrator, withoutCenter)).isEqualTo("IN_ADMINISTRATION");
		fixtures.complete(administrator, withoutCenter, SessionStep.ADMINISTRATION_RECORD,
				SessionFixtures.administration(20, null, 300));
		fixtures.complete(administrator, withoutCenter, SessionStep.PRODUCT_AND_WASTE,
				SessionFixtures.productAndWaste());
		assertThat(stage(facilitator, withoutCenter)).isEqualTo("INTEGRATION");

		UUID cancelled = fixtures.session(facilitator, null);
		sessions.cancel(facilitator, cancelled,
				new CancellationRequest(CancellationRequest.Kind.CANCELLED, "Stopped for the test."));
		assertThat(stage(facilitator, cancelled)).isEqualTo("CANCELLED");

		String home = SojournHttp.onPort(port).signedIn(facilitator.username()).get("/").body();
		assertThat(home).contains(">integration<", ">cancelled<").doesNotContain(">Active<");
	}

	private String stage(CurrentUser user, UUID sessionId) {
		Reply record = SojournHttp.onPort(port).basic(user.username()).get("/api/sessions/" + sessionId);
		assertThat(record.status()).as(record.toString()).isEqualTo(200);
		return record.json().path("session").path("stage").asText();
	}

}
