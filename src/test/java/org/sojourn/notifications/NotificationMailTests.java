package org.sojourn.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.clients.Clients;
import org.sojourn.records.AdministrationEventKind;
import org.sojourn.records.EventReport;
import org.sojourn.records.ReactionSeverity;
import org.sojourn.records.SessionRecordEntries;
import org.sojourn.sessions.SessionDeadlineReached;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Preferences, the daily digest, and what no longer applies. */
@SojournTest
class NotificationMailTests {

	private static final String TASK_SUBJECT = "A task waits for you in Sojourn";

	private static final String DIGEST_SUBJECT = "What waits for you in Sojourn today";

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	Digests digests;

	@Autowired
	Clients clients;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionRecordEntries entries;

	@Autowired
	ApplicationContext context;

	Cast cast;

	@BeforeEach
	void cast() {
		cast = new Cast(context);
	}

	@Test
	void aKindSwitchedOffIsNotMailedButStillShowsInSojourn() {
		preferences.change(cast.facilitator.username(), false, EnumSet.complementOf(EnumSet.of(NotificationKind.TASK_OPENED)));
		UUID session = cast.session(null);

		assertThat(cast.toldOfSession(cast.facilitator, session))
			.filteredOn(told -> told.kind() == NotificationKind.TASK_OPENED)
			.hasSize(1);
		assertThat(cast.mailTo(cast.facilitator, TASK_SUBJECT)).isEmpty();
	}

	@Test
	void adverseReactionsAndALapsedWindowAreMailedAtOnceWhateverThePreferences() {
		preferences.change(cast.facilitator.username(), true, Set.of());
		assertThat(preferences.of(cast.facilitator.username()).kinds())
			.filteredOn(choice -> !choice.switchable())
			.extracting(NotificationPreferences.KindChoice::kind)
			.containsExactlyInAnyOrder(NotificationKind.ADVERSE_REACTION, NotificationKind.PREPARATION_WINDOW_LAPSED,
					NotificationKind.PREPARATION_WINDOW_ENDING);
		UUID session = cast.session(cast.centerA);
		fixtures.prepare(cast.facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		entries.recordEvent(cast.adminA, session, new EventReport(AdministrationEventKind.BEHAVIORAL_REACTION,
				ReactionSeverity.MODERATE, false, false, "Distress.", Instant.now().minus(1, ChronoUnit.MINUTES)));
		cast.reached(new SessionDeadlineReached(session, Deadline.PREPARATION_WINDOW_LAPSED, null));
		cast.reached(new SessionDeadlineReached(session, Deadline.INTEGRATION_OVERDUE, null));

		assertThat(cast.mailTo(cast.facilitator, "An adverse reaction was recorded in Sojourn")).hasSize(1);
		assertThat(cast.mailTo(cast.facilitator, "A preparation window has lapsed in Sojourn")).hasSize(1);
		assertThat(cast.mailTo(cast.facilitator, "An integration is overdue in Sojourn")).as("switched off").isEmpty();
		assertThat(cast.mailTo(cast.facilitator, TASK_SUBJECT)).isEmpty();
		assertThat(cast.toldOfSession(cast.facilitator, session)).extracting(NotificationView::kind)
			.contains(NotificationKind.INTEGRATION_OVERDUE, NotificationKind.TASK_OPENED);
	}

	@Test
	void theDigestListsWhatArrivedInOneMailOnceAndNeverAgain() {
		preferences.change(cast.facilitator.username(), true, EnumSet.allOf(NotificationKind.class));
		UUID session = cast.session(null);
		cast.reached(new SessionDeadlineReached(session, Deadline.FORMS_OUTSTANDING, SessionStep.CLIENT_INFORMATION));
		assertThat(cast.mailTo(cast.facilitator, TASK_SUBJECT)).as("nothing at once").isEmpty();
		assertThat(cast.mailTo(cast.facilitator, "A preparation form is outstanding in Sojourn")).isEmpty();

		assertThat(digests.sendTo(cast.facilitator.username())).isEqualTo(2);
		digests.sendDaily();
		assertThat(digests.sendTo(cast.facilitator.username())).isZero();

		assertThat(cast.mailTo(cast.facilitator, DIGEST_SUBJECT)).singleElement().satisfies(digest -> {
			assertThat(Cast.bodyOf(digest)).contains("A task waits for you: Client information.")
				.contains("A session's form has been open for long: Client information.")
				.contains("http://localhost:8080/sessions/" + session);
		});
		cast.assertMailFreeOfClientData(cast.facilitator);

		cast.reached(new SessionDeadlineReached(session, Deadline.INTEGRATION_OVERDUE, null));
		digests.sendDaily();
		assertThat(cast.mailTo(cast.facilitator, DIGEST_SUBJECT)).hasSize(2)
			.last()
			.satisfies(digest -> assertThat(Cast.bodyOf(digest)).contains("integration is still open")
				.doesNotContain("Client information"));
	}

	@Test
	void aTaskCompletedBeforeTheDigestIsLeftOutOfItAndMarkedAsNoLongerApplying() {
		preferences.change(cast.facilitator.username(), true, EnumSet.allOf(NotificationKind.class));
		UUID done = cast.session(null);
		UUID closed = cast.session(null);
		UUID open = cast.session(null);
		fixtures.complete(cast.facilitator, done, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		cast.reached(new SessionDeadlineReached(closed, Deadline.FORMS_OUTSTANDING, SessionStep.CLIENT_INFORMATION));
		sessions.cancel(cast.facilitator, closed, new org.sojourn.sessions.CancellationRequest(
				org.sojourn.sessions.CancellationRequest.Kind.CANCELLED, "Moved away."));

		digests.sendTo(cast.facilitator.username());

		assertThat(cast.mailTo(cast.facilitator, DIGEST_SUBJECT)).singleElement().satisfies(digest -> {
			String body = Cast.bodyOf(digest).replace("\r\n", "\n");
			String link = "\n  http://localhost:8080/sessions/";
			assertThat(body).contains("A task waits for you: Client information." + link + open)
				.as("the completed task").doesNotContain("A task waits for you: Client information." + link + done)
				.as("the next task, still open").contains("A task waits for you: Consents and plans." + link + done)
				.as("the closed session").doesNotContain(closed.toString());
		});
		assertThat(cast.toldOfSession(cast.facilitator, done))
			.filteredOn(told -> told.text().contains("Client information"))
			.singleElement()
			.satisfies(told -> assertThat(told.lapsed()).isTrue());
		assertThat(cast.toldOfSession(cast.facilitator, closed)).allSatisfy(told -> assertThat(told.lapsed()).isTrue());
		assertThat(cast.toldOfSession(cast.facilitator, open)).noneMatch(NotificationView::lapsed);
	}

	@Test
	void nobodyIsToldOfTheTaskTheirOwnActOpened() {
		UUID session = cast.session(null);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				cast.facilitator.username(), null, AuthorityUtils.NO_AUTHORITIES));
		try {
			fixtures.complete(cast.facilitator, session, SessionStep.CLIENT_INFORMATION,
					SessionFixtures.clearScreening());
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		assertThat(cast.toldOfSession(cast.facilitator, session)).extracting(NotificationView::text)
			.containsExactly("A task waits for you: Client information.");
	}

}
