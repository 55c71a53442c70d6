package org.sojourn.servicecenters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who belongs to a center, over the API: administrators invite facilitators and manage each other; only a
 * facilitator who accepted an invitation brings sessions to the center; removal keeps what was already shared.
 */
@SojournTest
class MembershipTests {

	private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

	private static final String NOT_ACCEPTED = "This service center has not accepted you as a facilitator.";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	// ---- Association needs an accepted invitation ----

	@Test
	void associationIsRefusedWithoutAnInvitation() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();

		assertAssociationRefused(facilitator, center);
	}

	@Test
	void associationIsRefusedWhileTheInvitationIsOpen() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();

		Reply invited = invite(administrator, center, facilitator.username());

		assertThat(invited.json().path("status").asText()).isEqualTo("INVITED");
		assertAssociationRefused(facilitator, center);
	}

	@Test
	void associationIsRefusedAfterDeclining() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		invite(administrator, center, facilitator.username());

		Reply declined = as(facilitator).post("/api/invitations/" + center.getId() + "/decline", null);

		assertThat(declined.status()).as("%s", declined).isEqualTo(200);
		assertThat(declined.json().path("status").asText()).isEqualTo("DECLINED");
		assertAssociationRefused(facilitator, center);
	}

	@Test
	void associationIsRefusedAfterRemoval() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		invite(administrator, center, facilitator.username());
		accept(facilitator, center);

		Reply removed = as(administrator)
			.delete("/api/centers/" + center.getId() + "/facilitators/" + facilitator.username());

		assertThat(removed.status()).as("%s", removed).isEqualTo(204);
		assertThat(statusWith(facilitator, center)).isEqualTo("REMOVED");
		assertAssociationRefused(facilitator, center);
	}

	@Test
	void associationIsAllowedAfterAccepting() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		invite(administrator, center, facilitator.username());

		Reply accepted = accept(facilitator, center);

		assertThat(accepted.json().path("status").asText()).isEqualTo("ACCEPTED");
		assertThat(accepted.json().path("respondedAt").isNull()).isFalse();
		Reply created = as(facilitator).post("/api/sessions",
				Map.of("clientId", fixtures.client(facilitator), "centerId", center.getId()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.json().path("centerId").asText()).isEqualTo(center.getId().toString());
		String session = newSessionWithoutCenter(facilitator);
		Reply associated = as(facilitator).put("/api/sessions/" + session + "/center",
				Map.of("centerId", center.getId()));
		assertThat(associated.status()).as("%s", associated).isEqualTo(200);
		assertThat(associated.json().path("centerId").asText()).isEqualTo(center.getId().toString());
		assertThat(as(administrator).get("/api/sessions/" + session).status()).isEqualTo(200);
	}

	@Test
	void removedFacilitatorInvitedAgainMayAssociateAfterAccepting() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		invite(administrator, center, facilitator.username());
		accept(facilitator, center);
		as(administrator).delete("/api/centers/" + center.getId() + "/facilitators/" + facilitator.username());

		assertThat(invite(administrator, center, facilitator.username()).json().path("status").asText())
			.isEqualTo("INVITED");
		assertAssociationRefused(facilitator, center);
		accept(facilitator, center);

		Reply associated = as(facilitator).put("/api/sessions/" + newSessionWithoutCenter(facilitator) + "/center",
				Map.of("centerId", center.getId()));
		assertThat(associated.status()).as("%s", associated).isEqualTo(200);
	}

	@Test
	void centersAdministratorsStillReadSessionsAssociatedBeforeTheFacilitatorsRemoval() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		invite(administrator, center, facilitator.username());
		accept(facilitator, center);
		Reply created = as(facilitator).post("/api/sessions",
				Map.of("clientId", fixtures.client(facilitator), "centerId", center.getId()));
		String session = created.json().path("id").asText();

		as(administrator).delete("/api/centers/" + center.getId() + "/facilitators/" + facilitator.username());

		Reply record = as(administrator).get("/api/sessions/" + session);
		assertThat(record.status()).as("%s", record).isEqualTo(200);
		assertThat(record.json().path("session").path("centerId").asText()).isEqualTo(center.getId().toString());
		assertThat(sessionIds(administrator)).contains(session);
		assertThat(as(facilitator).get("/api/sessions/" + session).status()).isEqualTo(200);
	}

	@Test
	void facilitatorRespondingWithoutAnOpenInvitationIsRefused() {
		ServiceCenter center = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();

		Reply refused = as(facilitator).post("/api/invitations/" + center.getId() + "/accept", null);

		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(refused.json().path("detail").asText()).contains("no open invitation");
		assertAssociationRefused(facilitator, center);
	}

	// ---- Inviting ----

	@Test
	void administratorInvitesAFacilitatorByEmail() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();

		Reply invited = invite(administrator, center, facilitator.username() + "@example.org");

		assertThat(invited.json().path("facilitator").asText()).isEqualTo(facilitator.username());
		assertThat(invited.json().path("invitedBy").asText()).isEqualTo(administrator.username());
		assertThat(invited.json().path("centerId").asText()).isEqualTo(center.getId().toString());
		assertThat(statusWith(facilitator, center)).isEqualTo("INVITED");
	}

	@Test
	void invitingSomeoneWhoIsNoFacilitatorIsRefused() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser operator = fixtures.operator();
		CurrentUser otherAdministrator = fixtures.administratorOf(fixtures.center());

		for (String user : List.of(operator.username(), otherAdministrator.username(), administrator.username())) {
			Reply refused = as(administrator).post("/api/centers/" + center.getId() + "/invitations",
					Map.of("user", user));
			assertThat(refused.status()).as("%s", refused).isEqualTo(422);
			assertThat(refused.json().path("detail").asText()).contains("is not a licensed facilitator");
		}
		Reply unknown = as(administrator).post("/api/centers/" + center.getId() + "/invitations",
				Map.of("user", SessionFixtures.unique("nobody")));
		assertThat(unknown.status()).as("%s", unknown).isEqualTo(422);
		assertThat(memberNames(administrator, center)).isEmpty();
	}

	@Test
	void invitingAFacilitatorWhoAlreadyWorksWithTheCenterIsRefused() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		invite(administrator, center, facilitator.username());
		accept(facilitator, center);

		Reply refused = as(administrator).post("/api/centers/" + center.getId() + "/invitations",
				Map.of("user", facilitator.username()));

		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(statusWith(facilitator, center)).isEqualTo("ACCEPTED");
	}

	@Test
	void onlyTheCentersAdministratorsManageItsMembership() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser member = fixtures.facilitator();
		fixtures.enroll(member, center);
		CurrentUser target = fixtures.facilitator();
		List<CurrentUser> outsiders = List.of(member, fixtures.facilitator(),
				fixtures.administratorOf(fixtures.center()), fixtures.operator());
		String centerPath = "/api/centers/" + center.getId();

		for (CurrentUser outsider : outsiders) {
			String who = outsider.username();
			assertThat(as(outsider).post(centerPath + "/invitations", Map.of("user", target.username())).status())
				.as("%s invites", who)
				.isEqualTo(404);
			assertThat(as(outsider).post(centerPath + "/administrators", Map.of("user", who)).status())
				.as("%s makes themselves an administrator", who)
				.isEqualTo(404);
			assertThat(as(outsider).delete(centerPath + "/facilitators/" + member.username()).status())
				.as("%s removes a facilitator", who)
				.isEqualTo(404);
			assertThat(as(outsider).delete(centerPath + "/administrators/" + administrator.username()).status())
				.as("%s removes an administrator", who)
				.isEqualTo(404);
			assertThat(as(outsider).get(centerPath + "/members").status()).as("%s reads the members", who)
				.isEqualTo(404);
		}
		assertThat(SojournHttp.onPort(port).anonymous()
			.post(centerPath + "/invitations", Map.of("user", target.username()))
			.status()).isEqualTo(401);
		assertThat(as(target).get("/api/invitations").json()).isEmpty();
		assertThat(statusWith(member, center)).isEqualTo("ACCEPTED");
		assertThat(administrators(administrator, center)).contains(administrator.username())
			.doesNotContainAnyElementsOf(outsiders.stream().map(CurrentUser::username).toList());
	}

	// ---- Administrators ----

	@Test
	void addedAdministratorSeesTheCentersSessionsAndTasks() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		String scheduleTask = fixtures.openTask(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
		CurrentUser newcomer = fixtures.facilitator();
		assertThat(as(newcomer).get("/api/sessions/" + session).status()).isEqualTo(404);
		assertThat(taskIds(as(newcomer).get("/engine-rest/task"))).doesNotContain(scheduleTask);

		Reply added = as(administrator).post("/api/centers/" + center.getId() + "/administrators",
				Map.of("user", newcomer.username()));

		assertThat(added.status()).as("%s", added).isEqualTo(204);
		assertThat(administrators(administrator, center)).contains(newcomer.username());
		assertThat(as(newcomer).get("/api/sessions/" + session).status()).isEqualTo(200);
		assertThat(sessionIds(newcomer)).contains(session.toString());
		assertThat(taskIds(as(newcomer).get("/api/tasks"))).contains(scheduleTask);
		assertThat(taskIds(as(newcomer).get("/engine-rest/task"))).contains(scheduleTask);
		assertThat(as(newcomer).get("/api/centers/" + center.getId() + "/members").status()).isEqualTo(200);
	}

	@Test
	void removedAdministratorNoLongerSeesTheCentersSessions() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser leaving = fixtures.administratorOf(center);
		UUID session = fixtures.session(fixtures.facilitator(), center);
		assertThat(as(leaving).get("/api/sessions/" + session).status()).isEqualTo(200);

		Reply removed = as(administrator)
			.delete("/api/centers/" + center.getId() + "/administrators/" + leaving.username());

		assertThat(removed.status()).as("%s", removed).isEqualTo(204);
		assertThat(as(leaving).get("/api/sessions/" + session).status()).isEqualTo(404);
		assertThat(sessionIds(leaving)).doesNotContain(session.toString());
		assertThat(as(leaving).get("/api/centers/" + center.getId() + "/members").status()).isEqualTo(404);
	}

	/**
	 * The webapps rebuild the signed-in user's groups on every request, so a removed administrator's open
	 * Tasklist loses the center's tasks at once, like Sojourn's API and engine REST.
	 */
	@Test
	void removedAdministratorLosesTheCentersTasksInAnOpenTasklist() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser leaving = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		String scheduleTask = fixtures.openTask(administrator, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
		SojournHttp.Browser tasklist = SojournHttp.onPort(port).signedIn(leaving.username()).openTasklist();
		assertThat(taskIds(tasklist.get(WEBAPP_ENGINE + "/task"))).contains(scheduleTask);

		as(administrator).delete("/api/centers/" + center.getId() + "/administrators/" + leaving.username());

		assertThat(taskIds(as(leaving).get("/api/tasks"))).doesNotContain(scheduleTask);
		assertThat(taskIds(as(leaving).get("/engine-rest/task"))).doesNotContain(scheduleTask);
		assertThat(taskIds(tasklist.get(WEBAPP_ENGINE + "/task"))).doesNotContain(scheduleTask);
		Map<String, Object> variables = new HashMap<>();
		SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(2)))
			.forEach((field, value) -> variables.put(field, Map.of("value", value, "type", "String")));
		tasklist.webappCsrfToken();
		Reply refused = tasklist.post(WEBAPP_ENGINE + "/task/" + scheduleTask + "/submit-form",
				Map.of("variables", variables));
		assertThat(refused.status()).as("%s", refused).isEqualTo(403);
		assertThat(as(administrator).get("/api/tasks/" + scheduleTask).status()).isEqualTo(200);
	}

	@Test
	void theLastAdministratorCannotBeRemoved() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		List<String> founders = new ArrayList<>(administrators(administrator, center));
		founders.remove(administrator.username());
		assertThat(founders).hasSize(1);
		assertThat(as(administrator).delete("/api/centers/" + center.getId() + "/administrators/" + founders.get(0))
			.status()).isEqualTo(204);

		Reply refused = as(administrator)
			.delete("/api/centers/" + center.getId() + "/administrators/" + administrator.username());

		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(refused.json().path("detail").asText()).contains("at least one administrator");
		assertThat(administrators(administrator, center)).containsExactly(administrator.username());
	}

	/**
	 * Sojourn has no API for administrators' accounts, so on an installation without demo data an operator inserts
	 * them into app.account. The engine's identity tables learn of such an account only at the next start; a center
	 * given it as an administrator before then must still be registered.
	 */
	@Test
	void anAccountInsertedIntoTheDatabaseCanFoundACenterBeforeTheNextStart() {
		String founder = SessionFixtures.unique("inserted");
		jdbc.update("insert into app.account (username, password_hash, display_name, email, operator, enabled, "
				+ "created_at) values (?, ?, ?, null, false, true, ?)", founder, passwordEncoder.encode(
						SessionFixtures.PASSWORD), "Inserted " + founder, Timestamp.from(Instant.now()));

		Reply registered = as(fixtures.operator()).post("/api/centers",
				Map.of("name", SessionFixtures.unique("Center"), "licenseNumber", SessionFixtures.unique("PSC"),
						"firstAdministrator", founder));

		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		Reply members = SojournHttp.onPort(port).basic(founder)
			.get("/api/centers/" + registered.json().path("id").asText() + "/members");
		assertThat(members.status()).as("%s", members).isEqualTo(200);
		List<String> administrators = new ArrayList<>();
		members.json().path("administrators").forEach(name -> administrators.add(name.asText()));
		assertThat(administrators).containsExactly(founder);
	}

	// ---- The facilitator's invitations ----

	@Test
	void facilitatorSeesTheirInvitationsWithTheirStatus() {
		ServiceCenter accepted = fixtures.center();
		ServiceCenter declined = fixtures.center();
		ServiceCenter open = fixtures.center();
		ServiceCenter removed = fixtures.center();
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser bystander = fixtures.facilitator();
		for (ServiceCenter center : List.of(accepted, declined, open, removed)) {
			invite(fixtures.administratorOf(center), center, facilitator.username());
		}
		accept(facilitator, accepted);
		accept(facilitator, removed);
		as(facilitator).post("/api/invitations/" + declined.getId() + "/decline", null);
		as(fixtures.administratorOf(removed))
			.delete("/api/centers/" + removed.getId() + "/facilitators/" + facilitator.username());

		Reply invitations = as(facilitator).get("/api/invitations");

		assertThat(invitations.status()).isEqualTo(200);
		Map<String, String> statusByCenter = new HashMap<>();
		Map<String, String> nameByCenter = new HashMap<>();
		invitations.json().forEach(invitation -> {
			assertThat(invitation.path("facilitator").asText()).isEqualTo(facilitator.username());
			statusByCenter.put(invitation.path("centerId").asText(), invitation.path("status").asText());
			nameByCenter.put(invitation.path("centerId").asText(), invitation.path("centerName").asText());
		});
		assertThat(statusByCenter).containsExactlyInAnyOrderEntriesOf(Map.of(accepted.getId().toString(),
				"ACCEPTED", declined.getId().toString(), "DECLINED", open.getId().toString(), "INVITED",
				removed.getId().toString(), "REMOVED"));
		assertThat(nameByCenter).containsEntry(open.getId().toString(), open.getName());
		assertThat(as(bystander).get("/api/invitations").json()).isEmpty();
	}

	// ---- Helpers ----

	private SojournHttp.Door as(CurrentUser user) {
		return SojournHttp.onPort(port).basic(user.username());
	}

	/** Both doors to a center refuse: a new session with the center, and setting the center later. */
	private void assertAssociationRefused(CurrentUser facilitator, ServiceCenter center) {
		List<String> before = sessionIds(facilitator);
		Reply created = as(facilitator).post("/api/sessions",
				Map.of("clientId", fixtures.client(facilitator), "centerId", center.getId()));
		assertThat(created.status()).as("%s", created).isEqualTo(422);
		assertThat(created.json().path("detail").asText()).contains(NOT_ACCEPTED);
		assertThat(sessionIds(facilitator)).as("no session was opened").containsExactlyInAnyOrderElementsOf(before);

		String session = newSessionWithoutCenter(facilitator);
		Reply associated = as(facilitator).put("/api/sessions/" + session + "/center",
				Map.of("centerId", center.getId()));
		assertThat(associated.status()).as("%s", associated).isEqualTo(422);
		assertThat(associated.json().path("detail").asText()).contains(NOT_ACCEPTED);
		Reply record = as(facilitator).get("/api/sessions/" + session);
		assertThat(record.json().path("session").path("centerId").isNull()).as("%s", record).isTrue();
	}

	private String newSessionWithoutCenter(CurrentUser facilitator) {
		Reply created = as(facilitator).post("/api/sessions", Map.of("clientId", fixtures.client(facilitator)));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asText();
	}

	private Reply invite(CurrentUser administrator, ServiceCenter center, String user) {
		Reply invited = as(administrator).post("/api/centers/" + center.getId() + "/invitations",
				Map.of("user", user));
		assertThat(invited.status()).as("%s", invited).isEqualTo(200);
		return invited;
	}

	private Reply accept(CurrentUser facilitator, ServiceCenter center) {
		Reply accepted = as(facilitator).post("/api/invitations/" + center.getId() + "/accept", null);
		assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
		return accepted;
	}

	private String statusWith(CurrentUser facilitator, ServiceCenter center) {
		Reply invitations = as(facilitator).get("/api/invitations");
		assertThat(invitations.status()).isEqualTo(200);
		for (JsonNode invitation : invitations.json()) {
			if (invitation.path("centerId").asText().equals(center.getId().toString())) {
				return invitation.path("status").asText();
			}
		}
		return null;
	}

	private List<String> administrators(CurrentUser administrator, ServiceCenter center) {
		Reply members = as(administrator).get("/api/centers/" + center.getId() + "/members");
		assertThat(members.status()).as("%s", members).isEqualTo(200);
		List<String> names = new ArrayList<>();
		members.json().path("administrators").forEach(name -> names.add(name.asText()));
		return names;
	}

	private List<String> memberNames(CurrentUser administrator, ServiceCenter center) {
		Reply members = as(administrator).get("/api/centers/" + center.getId() + "/members");
		assertThat(members.status()).as("%s", members).isEqualTo(200);
		List<String> names = new ArrayList<>();
		members.json().path("facilitators").forEach(member -> names.add(member.path("facilitator").asText()));
		return names;
	}

	private List<String> sessionIds(CurrentUser user) {
		Reply sessions = as(user).get("/api/sessions?size=100");
		assertThat(sessions.status()).as("%s", sessions).isEqualTo(200);
		return sessions.ids("content", "id");
	}

	private static List<String> taskIds(Reply tasks) {
		assertThat(tasks.status()).as("%s", tasks).isEqualTo(200);
		return tasks.ids("", "id");
	}

}
