package org.sojourn.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@SojournTest
class ClientNotesTests {

	@Autowired
	private TestRestTemplate restTemplate;

	@Autowired
	private SessionFixtures fixtures;

	@Test
	void notesAreListedNewestFirstWithAuthorAndTime() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		ResponseEntity<JsonNode> first = add(facilitator, client, "First meeting went well.");
		add(facilitator, client, "Second note.");

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = first.getBody().path("id").asText();
		assertThat(first.getHeaders().getLocation()).hasToString("/api/clients/" + client + "/notes/" + id);
		JsonNode notes = list(facilitator, client).getBody();
		assertThat(texts(notes)).containsExactly("Second note.", "First meeting went well.");
		JsonNode oldest = notes.get(1);
		assertThat(oldest.path("id").asText()).isEqualTo(id);
		assertThat(oldest.path("createdBy").asText()).isEqualTo(facilitator.username());
		assertThat(oldest.path("createdAt").asText()).isNotBlank();
		assertThat(oldest.path("revision").asInt()).isEqualTo(1);
		assertThat(oldest.path("earlierRevisions")).isEmpty();
	}

	@Test
	void anEditAddsARevisionAndKeepsTheEarlierTextVisible() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String id = add(facilitator, client, "Client prefers mornings.").getBody().path("id").asText();

		ResponseEntity<JsonNode> edited = revise(facilitator, client, id, "Client prefers afternoons.");
		revise(facilitator, client, id, "Client prefers afternoons, after 2 pm.");

		assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(edited.getBody().path("text").asText()).isEqualTo("Client prefers afternoons.");
		JsonNode note = list(facilitator, client).getBody().get(0);
		assertThat(note.path("id").asText()).isEqualTo(id);
		assertThat(note.path("revision").asInt()).isEqualTo(3);
		assertThat(note.path("text").asText()).isEqualTo("Client prefers afternoons, after 2 pm.");
		assertThat(note.path("writtenBy").asText()).isEqualTo(facilitator.username());
		List<String> earlier = new ArrayList<>();
		note.path("earlierRevisions").forEach(revision -> earlier.add(revision.path("revision").asInt() + ": "
				+ revision.path("text").asText()));
		assertThat(earlier).containsExactly("2: Client prefers afternoons.", "1: Client prefers mornings.");
	}

	@Test
	void savingTheSameTextAgainAddsNoRevision() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String id = add(facilitator, client, "Unchanged.").getBody().path("id").asText();

		ResponseEntity<JsonNode> same = revise(facilitator, client, id, "Unchanged.");

		assertThat(same.getBody().path("revision").asInt()).isEqualTo(1);
		assertThat(same.getBody().path("earlierRevisions")).isEmpty();
	}

	@Test
	void scriptInANoteComesBackAsJsonTextExactlyAsWritten() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String script = "<script>alert(1)</script> & \"quotes\" </textarea>";
		add(facilitator, client, script);

		ResponseEntity<String> raw = as(facilitator).getForEntity(notesPath(client), String.class);

		assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(raw.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(raw.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isFalse();
		assertThat(raw.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(raw.getBody()).startsWith("[").contains("\"text\":\"<script>alert(1)</script> & \\\"quotes\\\"");
		assertThat(list(facilitator, client).getBody().get(0).path("text").asText()).isEqualTo(script);
	}

	@Test
	void aBlankOrTooLongNoteIsRefusedAndNothingIsStored() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);

		ResponseEntity<JsonNode> blank = add(facilitator, client, "   ");
		ResponseEntity<JsonNode> tooLong = add(facilitator, client, "x".repeat(20001));

		assertProblem(blank, HttpStatus.BAD_REQUEST, "Write the note's text.");
		assertProblem(tooLong, HttpStatus.BAD_REQUEST, "at most 20000 characters");
		assertThat(list(facilitator, client).getBody()).isEmpty();
	}

	@Test
	void aNoteOfTheLongestLengthIsKept() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String longest = "é".repeat(20000);

		assertThat(add(facilitator, client, longest).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(list(facilitator, client).getBody().get(0).path("text").asText()).isEqualTo(longest);
	}

	@Test
	void anotherFacilitatorsClientsNotesLookMissingAndStayUnchanged() {
		CurrentUser owner = fixtures.facilitator();
		CurrentUser stranger = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		String id = add(owner, client, "Private.").getBody().path("id").asText();

		assertProblem(list(stranger, client), HttpStatus.NOT_FOUND, "There is no client " + client);
		assertProblem(add(stranger, client, "Intruding."), HttpStatus.NOT_FOUND, "There is no client " + client);
		assertProblem(revise(stranger, client, id, "Changed."), HttpStatus.NOT_FOUND, "There is no client " + client);
		JsonNode notes = list(owner, client).getBody();
		assertThat(texts(notes)).containsExactly("Private.");
		assertThat(notes.get(0).path("earlierRevisions")).isEmpty();
	}

	@Test
	void aNoteCannotBeEditedThroughAnotherClientOrWhenMissing() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		UUID otherClient = fixtures.client(facilitator);
		String id = add(facilitator, client, "Belongs to the first client.").getBody().path("id").asText();

		assertProblem(revise(facilitator, otherClient, id, "Moved?"), HttpStatus.NOT_FOUND, "There is no note " + id);
		assertProblem(revise(facilitator, client, UUID.randomUUID().toString(), "Missing"), HttpStatus.NOT_FOUND,
				"There is no note ");
		assertThat(texts(list(facilitator, client).getBody())).containsExactly("Belongs to the first client.");
	}

	@Test
	void notesHaveNoDelete() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		String id = add(facilitator, client, "Stays.").getBody().path("id").asText();

		ResponseEntity<String> refused = as(facilitator).exchange(notesPath(client) + "/" + id, HttpMethod.DELETE, null,
				String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(texts(list(facilitator, client).getBody())).containsExactly("Stays.");
	}

	@Test
	void centerAdministratorsAndOperatorsCannotUseNotes() {
		CurrentUser owner = fixtures.facilitator();
		UUID client = fixtures.client(owner);
		String id = add(owner, client, "Private.").getBody().path("id").asText();

		for (CurrentUser outsider : List.of(fixtures.administratorOf(fixtures.center()), fixtures.operator())) {
			assertThat(list(outsider, client).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(add(outsider, client, "Intruding.").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(revise(outsider, client, id, "Changed.").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(texts(list(owner, client).getBody())).containsExactly("Private.");
	}

	@Test
	void anonymousRequestsMustAuthenticate() {
		UUID client = fixtures.client(fixtures.facilitator());

		assertThat(restTemplate.getForEntity(notesPath(client), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<JsonNode> add(CurrentUser user, UUID client, String text) {
		return as(user).postForEntity(notesPath(client), Map.of("text", text), JsonNode.class);
	}

	private ResponseEntity<JsonNode> revise(CurrentUser user, UUID client, String noteId, String text) {
		return as(user).exchange(notesPath(client) + "/" + noteId, HttpMethod.PUT, new HttpEntity<>(Map.of("text", text)),
				JsonNode.class);
	}

	private ResponseEntity<JsonNode> list(CurrentUser user, UUID client) {
		return as(user).getForEntity(notesPath(client), JsonNode.class);
	}

	private TestRestTemplate as(CurrentUser user) {
		return restTemplate.withBasicAuth(user.username(), SessionFixtures.PASSWORD);
	}

	private static String notesPath(UUID client) {
		return "/api/clients/" + client + "/notes";
	}

	private static List<String> texts(JsonNode notes) {
		List<String> texts = new ArrayList<>();
		notes.forEach(note -> texts.add(note.path("text").asText()));
		return texts;
	}

	static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String phrase) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		assertThat(response.getBody().path("title").asText()).isNotBlank();
		assertThat(response.getBody().path("detail").asText()).contains(phrase);
	}

}
