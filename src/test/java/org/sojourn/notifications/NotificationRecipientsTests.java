package org.sojourn.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.TestMailServer;
import org.sojourn.clients.Clients;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.records.AdministrationEventKind;
import org.sojourn.records.EventReport;
import org.sojourn.records.ReactionSeverity;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.reporting.QuarterlyReportDue;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.sessions.SessionDeadlineReached;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One test per row of "who hears what": who is told in Sojourn and by mail, and who is not (another facilitator,
 * another center's administrator, an operator), with every mail free of the client's names and the center's.
 */
@SojournTest
class NotificationRecipientsTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUsers users;

	@Autowired
	Clients clients;

	@Autowired
	Sessions sessions;

	@Autowired
	CenterMemberships memberships;

	@Autowired
	SessionRecordEntries entries;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationContext context;

	Cast cast;

	@BeforeEach
	void cast() {
		cast = new Cast(context);
	}

	@Test
	void aTaskOfferedToTheCenterIsToldToEachOfItsAdministratorsAndNobodyElse() {
		UUID session = cast.session(cast.centerA);
		fixtures.prepare(cast.facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		String task = fixtures.openTask(cast.adminA, session, SessionStep.SCHEDULE_ADMINISTRATION).id();

		for (CurrentUser admin : List.of(cast.adminA, cast.secondAdminA)) {
			assertThat(cast.toldTo(admin, NotificationKind.TASK_OPENED)).singleElement().satisfies(told -> {
				assertThat(told.taskId()).isEqualTo(task);
				assertThat(told.link()).isEqualTo("/sessions/" + session);
				assertThat(told.text()).doesNotContain(cast.legalName, cast.preferredName);
			});
			assertThat(cast.mailTo(admin, "A task waits for you in Sojourn")).hasSize(1);
			cast.assertMailFreeOfClientData(admin);
		}
		assertNotToldOf(session, cast.adminB, cast.otherFacilitator, cast.operator);
	}

	@Test
	void aTaskAssignedToTheFacilitatorIsToldToThemAloneByMailWithALink() throws Exception {
		UUID session = cast.session(cast.centerA);
		fixtures.prepare(cast.facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.administer(cast.adminA, session);
		String offer = fixtures.openTask(cast.facilitator, session, SessionStep.INTEGRATION_OFFER).id();

		assertThat(cast.toldOfSession(cast.facilitator, session)).filteredOn(told -> offer.equals(told.taskId()))
			.singleElement()
			.satisfies(told -> assertThat(told.text()).isEqualTo("A task waits for you: Integration offer."));
		assertThat(cast.mailTo(cast.facilitator, "A task waits for you in Sojourn"))
			.anySatisfy(message -> assertThat(Cast.bodyOf(message)).contains("Integration offer")
				.contains("http://localhost:8080/sessions/" + session));
		cast.assertMailFreeOfClientData(cast.facilitator);
		assertThat(cast.toldOfSession(cast.adminA, session)).noneMatch(told -> offer.equals(told.taskId()));
		assertNotToldOf(session, cast.adminB, cast.otherFacilitator, cast.operator);
	}

	@Test
	void aSessionAssociatedWithACenterOrMovedIsToldToTheCentersAdministratorsButNotTheFacilitatorWhoDidIt() {
		fixtures.enroll(cast.facilitator, cast.centerB);
		UUID session = cast.session(null);
		sessions.associateCenter(cast.facilitator, session, cast.centerA.getId());

		for (CurrentUser admin : List.of(cast.adminA, cast.secondAdminA)) {
			assertThat(cast.toldTo(admin, NotificationKind.SESSION_ASSOCIATED)).singleElement()
				.satisfies(told -> assertThat(told.text()).isEqualTo("A session was associated with your center."));
			assertThat(cast.mailTo(admin, "A session came to your center in Sojourn")).hasSize(1);
			assertThat(cast.mailTo(admin, "A session changed its service center in Sojourn"))
				.as("a first center is no change of center")
				.isEmpty();
			cast.assertMailFreeOfClientData(admin);
		}
		assertThat(cast.toldTo(cast.adminB, NotificationKind.SESSION_ASSOCIATED)).isEmpty();

		sessions.associateCenter(cast.facilitator, session, cast.centerB.getId());

		assertThat(cast.toldTo(cast.adminB, NotificationKind.SESSION_CENTER_CHANGED)).singleElement()
			.satisfies(told -> {
				assertThat(told.sessionId()).isEqualTo(session);
				assertThat(told.text()).isEqualTo("A session moved to your center from another one.");
			});
		assertThat(cast.mailTo(cast.adminB, "A session changed its service center in Sojourn")).hasSize(1);
		assertThat(cast.toldTo(cast.adminA, NotificationKind.SESSION_CENTER_CHANGED)).singleElement()
			.satisfies(told -> {
				assertThat(told.text()).isEqualTo("A session moved from your center to another one.");
				assertThat(told.sessionId()).as("no longer theirs to open").isNull();
			});
		assertThat(cast.mailTo(cast.adminA, "A session changed its service center in Sojourn")).hasSize(1);
		assertThat(cast.toldTo(cast.facilitator, NotificationKind.SESSION_ASSOCIATED)).isEmpty();
		assertThat(cast.toldTo(cast.facilitator, NotificationKind.SESSION_CENTER_CHANGED)).isEmpty();
		assertThat(cast.toldTo(cast.otherFacilitator)).noneMatch(told -> session.equals(told.sessionId()));
		assertThat(cast.toldTo(cast.operator)).isEmpty();
	}

	@Test
	void aSessionOpenedAtACenterIsToldToItsAdministratorsAsAFirstAssociation() {
		UUID session = cast.session(cast.centerA);

		assertThat(cast.toldOfSession(cast.adminA, session)).extracting(NotificationView::kind)
			.containsExactly(NotificationKind.SESSION_ASSOCIATED);
		assertThat(cast.mailTo(cast.adminA, "A session came to your center in Sojourn")).hasSize(1);
		assertThat(cast.mailTo(cast.adminA, "A session changed its service center in Sojourn")).isEmpty();
	}

	@Test
	void anInvitationIsToldToTheInviteeInSojournOnlyOnceByMailAndTheAnswerToTheCentersAdministrators() {
		CurrentUser invitee = users.of(cast.otherFacilitator.username());
		int mailedBefore = cast.mailTo(invitee).size();
		memberships.invite(cast.adminB, cast.centerB.getId(), invitee.username());

		assertThat(cast.toldTo(invitee, NotificationKind.CENTER_INVITATION))
			.filteredOn(told -> cast.centerB.getId().equals(told.centerId()))
			.singleElement()
			.satisfies(told -> assertThat(told.link()).isEqualTo("/"));
		assertThat(cast.mailTo(invitee)).as("the accounts module's invitation mail, not a second one")
			.hasSize(mailedBefore + 1);

		memberships.respond(invitee, cast.centerB.getId(), false);

		assertThat(cast.toldTo(cast.adminB, NotificationKind.INVITATION_ANSWERED)).singleElement()
			.satisfies(told -> assertThat(told.text()).contains("declined"));
		assertThat(cast.mailTo(cast.adminB, "A facilitator answered your center's invitation in Sojourn")).hasSize(1);
		assertThat(cast.toldTo(invitee, NotificationKind.INVITATION_ANSWERED)).isEmpty();
		assertThat(cast.toldTo(cast.adminA, NotificationKind.INVITATION_ANSWERED)).as("another center")
			.noneMatch(told -> cast.centerB.getId().equals(told.centerId()));
		assertThat(cast.toldTo(cast.operator)).isEmpty();

		memberships.invite(cast.adminB, cast.centerB.getId(), invitee.username());
		memberships.respond(invitee, cast.centerB.getId(), true);
		assertThat(cast.toldTo(cast.adminB, NotificationKind.INVITATION_ANSWERED))
			.anySatisfy(told -> assertThat(told.text()).contains("accepted"));
		cast.assertMailFreeOfClientData(cast.adminB);
	}

	@Test
	void theCentersDeadlinesAreToldToTheFacilitatorAndTheCentersAdministrators() {
		for (Deadline deadline : List.of(Deadline.PREPARATION_WINDOW_ENDING, Deadline.PREPARATION_WINDOW_LAPSED,
				Deadline.ADMINISTRATION_SOON)) {
			UUID session = cast.session(cast.centerA);
			cast.reached(new SessionDeadlineReached(session, deadline, null));

			for (CurrentUser told : List.of(cast.facilitator, cast.adminA, cast.secondAdminA)) {
				assertThat(cast.toldOfSession(told, session)).as("%s to %s", deadline, told.username())
					.filteredOn(notification -> notification.kind().name().equals(deadline.name()))
					.hasSize(1);
			}
			assertNotToldOf(session, cast.adminB, cast.otherFacilitator, cast.operator);
		}
		assertThat(cast.mailTo(cast.adminA, "A preparation window has lapsed in Sojourn")).hasSize(1);
		assertThat(cast.mailTo(cast.facilitator, "An administration is near in Sojourn")).hasSize(1);
		cast.assertMailFreeOfClientData(cast.facilitator);
		cast.assertMailFreeOfClientData(cast.adminA);
	}

	@Test
	void outstandingFormsAndAnOverdueIntegrationAreToldToTheFacilitatorAlone() {
		for (Deadline deadline : List.of(Deadline.FORMS_OUTSTANDING, Deadline.INTEGRATION_OVERDUE)) {
			UUID session = cast.session(cast.centerA);
			cast.reached(new SessionDeadlineReached(session, deadline,
					deadline == Deadline.FORMS_OUTSTANDING ? SessionStep.CONSENTS_AND_PLANS : null));

			assertThat(cast.toldOfSession(cast.facilitator, session))
				.filteredOn(notification -> notification.kind().name().equals(deadline.name()))
				.hasSize(1);
			for (CurrentUser outsider : List.of(cast.adminA, cast.secondAdminA)) {
				assertThat(cast.toldOfSession(outsider, session)).as("the center hears of no deadline of this kind")
					.noneMatch(notification -> notification.kind().name().equals(deadline.name()));
			}
			assertNotToldOf(session, cast.adminB, cast.otherFacilitator, cast.operator);
		}
		assertThat(cast.mailTo(cast.facilitator, "A preparation form is outstanding in Sojourn")).singleElement()
			.satisfies(message -> assertThat(Cast.bodyOf(message)).contains("Consents and plans"));
		assertThat(cast.mailTo(cast.facilitator, "An integration is overdue in Sojourn")).hasSize(1);
		cast.assertMailFreeOfClientData(cast.facilitator);
	}

	@Test
	void aQuarterlyReportDueIsToldToEveryCentersAdministratorsAndNoFacilitatorOrOperator() {
		int year = 2000 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 900);
		new TransactionTemplate(transactionManager).executeWithoutResult(
				status -> events.publishEvent(new QuarterlyReportDue(year, 3, LocalDate.of(year, 10, 15), false)));

		String quarter = year + "-Q3";
		for (CurrentUser admin : List.of(cast.adminA, cast.secondAdminA, cast.adminB)) {
			assertThat(cast.toldTo(admin, NotificationKind.QUARTERLY_REPORT_DUE))
				.filteredOn(told -> quarter.equals(told.quarter()))
				.singleElement()
				.satisfies(told -> assertThat(told.link()).endsWith("/reports/%d/Q3".formatted(year)));
		}
		assertThat(cast.mailTo(cast.adminB, "A quarterly report is due in Sojourn")).isNotEmpty();
		for (CurrentUser outsider : List.of(cast.facilitator, cast.otherFacilitator, cast.operator)) {
			assertThat(cast.toldTo(outsider, NotificationKind.QUARTERLY_REPORT_DUE)).isEmpty();
		}
	}

	@Test
	void anAdverseReactionIsToldToTheOtherSideOfTheSession() {
		UUID byFacilitator = cast.session(cast.centerA);
		fixtures.prepare(cast.facilitator, byFacilitator, Instant.now().minus(3, ChronoUnit.DAYS));
		entries.recordEvent(cast.facilitator, byFacilitator, reaction());

		for (CurrentUser admin : List.of(cast.adminA, cast.secondAdminA)) {
			assertThat(cast.toldOfSession(admin, byFacilitator))
				.filteredOn(told -> told.kind() == NotificationKind.ADVERSE_REACTION)
				.hasSize(1);
			assertThat(cast.mailTo(admin, "An adverse reaction was recorded in Sojourn")).hasSize(1);
			cast.assertMailFreeOfClientData(admin);
		}
		assertThat(cast.toldTo(cast.facilitator, NotificationKind.ADVERSE_REACTION)).as("who recorded it").isEmpty();

		UUID byCenter = cast.session(cast.centerA);
		fixtures.prepare(cast.facilitator, byCenter, Instant.now().minus(3, ChronoUnit.DAYS));
		entries.recordEvent(cast.adminA, byCenter, reaction());

		assertThat(cast.toldOfSession(cast.facilitator, byCenter))
			.filteredOn(told -> told.kind() == NotificationKind.ADVERSE_REACTION)
			.hasSize(1);
		assertThat(cast.toldOfSession(cast.secondAdminA, byCenter))
			.noneMatch(told -> told.kind() == NotificationKind.ADVERSE_REACTION);
		assertThat(cast.mailTo(cast.facilitator, "An adverse reaction was recorded in Sojourn")).hasSize(1);
		cast.assertMailFreeOfClientData(cast.facilitator);
		for (UUID session : List.of(byFacilitator, byCenter)) {
			assertNotToldOf(session, cast.adminB, cast.otherFacilitator, cast.operator);
		}
	}

	@Test
	void anAdministrationRecordWithAnAdverseReactionIsToldToTheFacilitator() {
		UUID session = cast.session(cast.centerA);
		fixtures.prepare(cast.facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.complete(cast.adminA, session, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		fixtures.complete(cast.adminA, session, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		var record = SessionFixtures.administration(20, null, 300);
		record.put("adverseReactionOccurred", true);
		record.put("adverseReactionDescription", "Nausea, settled within the hour.");
		fixtures.complete(cast.adminA, session, SessionStep.ADMINISTRATION_RECORD, record);

		assertThat(cast.toldOfSession(cast.facilitator, session))
			.filteredOn(told -> told.kind() == NotificationKind.ADVERSE_REACTION)
			.singleElement()
			.satisfies(told -> assertThat(told.text()).doesNotContain("Nausea"));
		assertThat(cast.mailTo(cast.facilitator, "An adverse reaction was recorded in Sojourn"))
			.singleElement()
			.satisfies(message -> assertThat(Cast.bodyOf(message)).doesNotContain("Nausea"));
		assertNotToldOf(session, cast.adminB, cast.otherFacilitator, cast.operator);
	}

	private static EventReport reaction() {
		return new EventReport(AdministrationEventKind.MEDICAL_REACTION, ReactionSeverity.MILD, false, false,
				"Nausea, settled.", Instant.now().minus(5, ChronoUnit.MINUTES));
	}

	private void assertNotToldOf(UUID session, CurrentUser... outsiders) {
		for (CurrentUser outsider : outsiders) {
			assertThat(cast.toldOfSession(outsider, session)).as("%s hears nothing of the session", outsider.username())
				.isEmpty();
			assertThat(cast.mailTo(outsider)).as("%s gets no mail of it", outsider.username())
				.noneMatch(message -> Cast.bodyOf(message).contains(session.toString()));
		}
	}

}
