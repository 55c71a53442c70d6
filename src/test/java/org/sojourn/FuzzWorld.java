package org.sojourn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.OpenTask;
import org.sojourn.sessions.SessionStep;

/**
 * The records a round of the API fuzz works on, so that well-formed requests reach deep into the handlers: a
 * facilitator with a client (a note, a document) and two sessions (one waiting for its first form, one prepared and
 * waiting for the center to schedule it), the center with its administrator, a facilitator the center invited, an
 * operator. Requests may change or close them; the next round builds new ones.
 */
final class FuzzWorld {

	final CurrentUser facilitator;

	final CurrentUser invited;

	final CurrentUser administrator;

	final CurrentUser operator;

	final ServiceCenter center;

	final UUID client;

	final UUID note;

	final UUID document;

	final UUID freshSession;

	final UUID preparedSession;

	final OpenTask firstForm;

	final OpenTask scheduling;

	/** The dose estimate of the prepared session, a signed form to correct by addendum. */
	final UUID doseEstimate;

	FuzzWorld(SessionFixtures fixtures, SojournHttp http) {
		facilitator = fixtures.facilitator();
		invited = fixtures.facilitator();
		operator = fixtures.operator();
		center = fixtures.center();
		administrator = fixtures.administratorOf(center);
		client = fixtures.client(facilitator);
		freshSession = fixtures.session(facilitator, center);
		preparedSession = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, preparedSession, Instant.now().minus(3, ChronoUnit.DAYS));
		firstForm = fixtures.openTask(facilitator, freshSession, SessionStep.CLIENT_INFORMATION);
		scheduling = fixtures.openTask(administrator, preparedSession, SessionStep.SCHEDULE_ADMINISTRATION);
		SojournHttp.Door owner = http.basic(facilitator.username());
		SojournHttp.Reply noted = owner.post("/api/clients/" + client + "/notes", Map.of("text", "First meeting."));
		assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
		note = UUID.fromString(noted.json().path("id").asText());
		byte[] intake = FuzzCases.multipart("file", "intake.txt", "text/plain",
				"Intake notes.".getBytes(StandardCharsets.UTF_8));
		SojournHttp.Reply uploaded = owner.raw("POST", "/api/clients/" + client + "/documents", Map.of("Content-Type",
				"multipart/form-data; boundary=" + FuzzCases.BOUNDARY, "Accept", "application/json"), intake);
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		document = UUID.fromString(uploaded.json().path("id").asText());
		SojournHttp.Reply invitation = http.basic(fixtures.founderOf(center))
			.post("/api/centers/" + center.getId() + "/invitations", Map.of("user", invited.username()));
		assertThat(invitation.status()).as(invitation.toString()).isEqualTo(200);
		JsonNode record = owner.get("/api/sessions/" + preparedSession).json();
		UUID dose = null;
		for (JsonNode form : record.path("forms")) {
			if (form.path("step").asText().equals(SessionStep.DOSE_ESTIMATE.name())) {
				dose = UUID.fromString(form.path("id").asText());
			}
		}
		doseEstimate = dose;
	}

	List<CurrentUser> people() {
		return List.of(facilitator, facilitator, facilitator, administrator, administrator, invited, operator);
	}

	/** A well-formed value for a path variable of the given name, as one of this world's records. */
	String pathValue(String name, String path, Random random) {
		return switch (name) {
			case "clientId" -> client.toString();
			case "sessionId" -> (random.nextBoolean() ? freshSession : preparedSession).toString();
			case "centerId" -> center.getId().toString();
			case "noteId" -> note.toString();
			case "documentId" -> document.toString();
			case "taskId" -> (random.nextBoolean() ? firstForm : scheduling).id();
			case "formId" -> path.startsWith("/api/forms/") ? "form_clientInformation" : doseEstimate.toString();
			case "username" -> random.nextBoolean() ? administrator.username() : invited.username();
			case "year" -> String.valueOf(LocalDate.now().getYear());
			case "quarter" -> String.valueOf(1 + random.nextInt(4));
			default -> "x";
		};
	}

	/** Form values that pass the form of the task. */
	Map<String, Object> dataFor(String taskId) {
		if (taskId.equals(scheduling.id())) {
			return SessionFixtures.schedule(Instant.now().plus(2, ChronoUnit.DAYS));
		}
		return SessionFixtures.clearScreening();
	}

}
