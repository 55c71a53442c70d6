package org.sojourn.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sojourn.SojournTest;
import org.sojourn.TestMailServer;
import org.sojourn.clients.Clients;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.sojourn.mail.MailRequested;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.sessions.SessionDeadlineReached;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The mail server is down while notifications of several kinds are raised, then comes back: resubmitting the
 * incomplete publications (as every node's retry does) delivers each mail once, to the right person, and nothing
 * to anybody else; resubmitting again sends nothing more.
 */
@SojournTest
class NotificationMailOutageTests {

	private static final String TASK = "A task waits for you in Sojourn";

	private static final String SESSION_CAME = "A session came to your center in Sojourn";

	private static final String WINDOW_LAPSED = "A preparation window has lapsed in Sojourn";

	private static final String INVITED = "Something waits for you in Sojourn";

	private static final String ANSWERED = "A facilitator answered your center's invitation in Sojourn";

	@Autowired
	TestMailServer mail;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Sessions sessions;

	@Autowired
	CenterMemberships memberships;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	ApplicationContext context;

	Cast cast;

	@BeforeEach
	void cast() {
		cast = new Cast(context);
	}

	@Test
	void notificationsRaisedWhileTheMailServerIsDownAreEachMailedOnceToTheirRecipientWhenItIsBack() {
		List<CurrentUser> everyone = List.of(cast.facilitator, cast.adminA, cast.secondAdminA, cast.adminB,
				cast.otherFacilitator, cast.operator);
		Instant outage = Instant.now();
		mail.stop();
		try {
			// A session opened at center A: its first task for the facilitator, the center hears it came.
			UUID session = cast.session(cast.centerA);
			// A deadline of that session: the facilitator and the center's administrators.
			cast.reached(new SessionDeadlineReached(session, Deadline.PREPARATION_WINDOW_LAPSED, null));
			// An invitation to center B (the accounts module's mail) and its answer (center B's administrator).
			memberships.invite(cast.adminB, cast.centerB.getId(), cast.otherFacilitator.username());
			memberships.respond(cast.otherFacilitator, cast.centerB.getId(), true);
		}
		finally {
			mail.start();
		}
		// The restarted server holds only what arrives from now on.
		assertThat(everyone).as("nothing arrived while the server was down")
			.allSatisfy(person -> assertThat(cast.mailTo(person)).isEmpty());

		resubmitMailSince(outage);
		resubmitMailSince(outage);

		assertThat(subjects(cast.facilitator)).containsExactlyInAnyOrder(TASK, WINDOW_LAPSED);
		for (CurrentUser admin : List.of(cast.adminA, cast.secondAdminA)) {
			assertThat(subjects(admin)).as("center A's administrators")
				.containsExactlyInAnyOrder(SESSION_CAME, WINDOW_LAPSED);
		}
		assertThat(subjects(cast.otherFacilitator)).containsExactly(INVITED);
		assertThat(subjects(cast.adminB)).containsExactly(ANSWERED);
		assertThat(subjects(cast.operator)).isEmpty();
		everyone.forEach(cast::assertMailFreeOfClientData);
	}

	/** What every node's retry does (MailRetries), for this test's mail only. */
	private void resubmitMailSince(Instant outage) {
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MailRequested
				&& !publication.getPublicationDate().isBefore(outage));
	}

	private List<String> subjects(CurrentUser person) {
		return cast.mailTo(person).stream().map(Cast::subjectOf).toList();
	}

}
