package org.sojourn.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@SojournTest
class ClientApiTests {

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private SessionFixtures fixtures;

	@Test
	void facilitatorCreatesClientAndGetsItsLocation() {
		CurrentUser facilitator = fixtures.facilitator();
		String name = SessionFixtures.unique("Robin Client");

		ResponseEntity<JsonNode> created = as(facilitator).postForEntity("/api/clients", profile(name), JsonNode.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = created.getBody().path("id").asText();
		assertThat(UUID.fromString(id)).isNotNull();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/clients/" + id);
		JsonNode profile = created.getBody().path("profile");
		assertThat(profile.path("legalName").asText()).isEqualTo(name);
		assertThat(profile.path("preferredName").asText()).isEqualTo("Robin");
		assertThat(profile.path("dateOfBirth").asText()).isEqualTo("1985-03-14");
	}

	@Test
	void facilitatorReadsTheirClient() {
		CurrentUser facilitator = fixtures.facilitator();
		String name = SessionFixtures.unique("Sam Client");
		String id = create(facilitator, name);

		ResponseEntity<JsonNode> read = as(facilitator).getForEntity("/api/clients/" + id, JsonNode.class);

		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody().path("id").asText()).isEqualTo(id);
		assertThat(read.getBody().path("profile").path("legalName").asText()).isEqualTo(name);
	}

	@Test
	void facilitatorUpdatesTheirClient() {
		CurrentUser facilitator = fixtures.facilitator();
		String id = create(facilitator, SessionFixtures.unique("Kim Client"));
		String newName = SessionFixtures.unique("Kim Renamed");
		Map<String, Object> changed = profile(newName);
		changed.put("pronouns", "they/them");

		ResponseEntity<JsonNode> updated = as(facilitator).exchange("/api/clients/" + id, HttpMethod.PUT,
				new HttpEntity<>(changed), JsonNode.class);

		assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(updated.getBody().path("profile").path("legalName").asText()).isEqualTo(newName);
		JsonNode reread = as(facilitator).getForObject("/api/clients/" + id, JsonNode.class);
		assertThat(reread.path("profile").path("legalName").asText()).isEqualTo(newName);
		assertThat(reread.path("profile").path("pronouns").asText()).isEqualTo("they/them");
	}

	@Test
	void facilitatorListsTheirClientsInPagesSortedByName() {
		CurrentUser facilitator = fixtures.facilitator();
		String prefix = SessionFixtures.unique("Paged");
		List<String> ids = new ArrayList<>();
		for (String letter : new String[] { "C", "A", "B" }) {
			ids.add(create(facilitator, prefix + " " + letter));
		}

		ResponseEntity<JsonNode> page = as(facilitator).getForEntity("/api/clients?size=2&page=0", JsonNode.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = page.getBody();
		assertThat(body.path("page").path("size").asInt()).isEqualTo(2);
		assertThat(body.path("page").path("totalElements").asLong()).isEqualTo(3);
		assertThat(body.path("page").path("totalPages").asInt()).isEqualTo(2);
		assertThat(legalNames(body)).containsExactly(prefix + " A", prefix + " B");
		JsonNode second = as(facilitator).getForObject("/api/clients?size=2&page=1", JsonNode.class);
		assertThat(legalNames(second)).containsExactly(prefix + " C");
	}

	@Test
	void searchFindsClientsByPartOfTheirNameIgnoringCase() {
		CurrentUser facilitator = fixtures.facilitator();
		String wanted = SessionFixtures.unique("Quinn Searchable");
		create(facilitator, wanted);
		create(facilitator, SessionFixtures.unique("Other Person"));
		String partInCapitals = wanted.substring("Quinn ".length()).toUpperCase(Locale.ROOT);

		JsonNode found = as(facilitator).getForObject("/api/clients?search={search}", JsonNode.class, partInCapitals);

		assertThat(found.path("page").path("totalElements").asLong()).isEqualTo(1);
		assertThat(legalNames(found)).containsExactly(wanted);
	}

	@Test
	void missingLegalNameAndFutureBirthDateAreBothReported() {
		CurrentUser facilitator = fixtures.facilitator();
		Map<String, Object> invalid = profile(" ");
		invalid.put("dateOfBirth", LocalDate.now().plusDays(1).toString());

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/clients", invalid, JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Enter the client's legal name.");
		assertThat(refused.getBody().path("detail").asText()).contains("The date of birth must be in the past.");
		List<String> fields = new ArrayList<>();
		refused.getBody().path("errors").forEach(error -> fields.add(error.path("field").asText()));
		assertThat(fields).containsExactlyInAnyOrder("legalName", "dateOfBirth");
	}

	@Test
	void malformedJsonIsRefusedAsUnreadable() {
		CurrentUser facilitator = fixtures.facilitator();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/clients",
				new HttpEntity<>("{\"legalName\": \"Unclosed", headers), JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "Send a JSON body");
	}

	@Test
	void birthDateInAnotherFormatIsRefusedAsUnreadable() {
		CurrentUser facilitator = fixtures.facilitator();
		Map<String, Object> invalid = profile(SessionFixtures.unique("Date Format"));
		invalid.put("dateOfBirth", "14/03/1985");

		ResponseEntity<JsonNode> refused = as(facilitator).postForEntity("/api/clients", invalid, JsonNode.class);

		assertProblem(refused, HttpStatus.BAD_REQUEST, "dates as 2026-03-01");
	}

	@Test
	void anotherFacilitatorsClientLooksMissing() {
		CurrentUser owner = fixtures.facilitator();
		CurrentUser stranger = fixtures.facilitator();
		String id = create(owner, SessionFixtures.unique("Private Client"));

		ResponseEntity<JsonNode> read = as(stranger).getForEntity("/api/clients/" + id, JsonNode.class);
		ResponseEntity<JsonNode> missing = as(stranger).getForEntity("/api/clients/" + UUID.randomUUID(),
				JsonNode.class);

		assertProblem(read, HttpStatus.NOT_FOUND, "There is no client " + id);
		assertProblem(missing, HttpStatus.NOT_FOUND, "There is no client ");
		assertThat(read.getBody().path("title")).isEqualTo(missing.getBody().path("title"));
	}

	@Test
	void anotherFacilitatorCannotUpdateMyClient() {
		CurrentUser owner = fixtures.facilitator();
		CurrentUser stranger = fixtures.facilitator();
		String name = SessionFixtures.unique("Unchanged Client");
		String id = create(owner, name);

		ResponseEntity<JsonNode> refused = as(stranger).exchange("/api/clients/" + id, HttpMethod.PUT,
				new HttpEntity<>(profile("Taken Over")), JsonNode.class);

		assertProblem(refused, HttpStatus.NOT_FOUND, "There is no client " + id);
		assertThat(as(owner).getForObject("/api/clients/" + id, JsonNode.class).path("profile").path("legalName")
			.asText()).isEqualTo(name);
	}

	@Test
	void anotherFacilitatorsClientsAreNotListed() {
		CurrentUser owner = fixtures.facilitator();
		CurrentUser stranger = fixtures.facilitator();
		create(owner, SessionFixtures.unique("Listed Only For Owner"));

		JsonNode page = as(stranger).getForObject("/api/clients", JsonNode.class);

		assertThat(page.path("page").path("totalElements").asLong()).isZero();
		assertThat(page.path("content")).isEmpty();
	}

	@Test
	void centerAdministratorHasNoAccessToClients() {
		CurrentUser administrator = fixtures.administratorOf(fixtures.center());

		ResponseEntity<String> refused = as(administrator).getForEntity("/api/clients", String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void operatorHasNoAccessToClients() {
		CurrentUser operator = fixtures.operator();

		ResponseEntity<String> refused = as(operator).getForEntity("/api/clients", String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void anonymousRequestMustAuthenticate() {
		ResponseEntity<String> refused = restTemplate.getForEntity("/api/clients", String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@Test
	void wrongPasswordIsRefused() {
		CurrentUser facilitator = fixtures.facilitator();

		ResponseEntity<String> refused = restTemplate.withBasicAuth(facilitator.username(), "not-the-password")
			.getForEntity("/api/clients", String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private TestRestTemplate as(CurrentUser user) {
		return restTemplate.withBasicAuth(user.username(), SessionFixtures.PASSWORD);
	}

	private String create(CurrentUser facilitator, String legalName) {
		ResponseEntity<JsonNode> created = as(facilitator).postForEntity("/api/clients", profile(legalName),
				JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().path("id").asText();
	}

	private static Map<String, Object> profile(String legalName) {
		Map<String, Object> profile = new HashMap<>();
		profile.put("legalName", legalName);
		profile.put("preferredName", "Robin");
		profile.put("dateOfBirth", "1985-03-14");
		profile.put("email", "client@example.org");
		profile.put("phone", "+1 (503) 555-0100");
		return profile;
	}

	private static List<String> legalNames(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("content").forEach(client -> names.add(client.path("profile").path("legalName").asText()));
		return names;
	}

	private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String phrase) {
		assertThat(response.getStatusCode()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
		assertThat(response.getBody().path("title").asText()).isNotBlank();
		assertThat(response.getBody().path("detail").asText()).contains(phrase);
	}

}
