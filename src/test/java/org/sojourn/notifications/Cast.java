package org.sojourn.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sojourn.SessionFixtures;
import org.sojourn.TestMailServer;
import org.sojourn.clients.ClientProfile;
import org.sojourn.clients.Clients;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.sojourn.sessions.SessionDeadlineReached;
import org.sojourn.sessions.Sessions;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of one test, each with a mail address of their own: center A with two administrators, center B with
 * one, the session's facilitator, another facilitator working with center A, and an operator. Their client's names
 * are known, so that a test can prove no mail carries them.
 */
final class Cast {

	final SessionFixtures fixtures;

	final NotificationInbox inbox;

	final TestMailServer mail;

	final Clients clients;

	final Sessions sessions;

	final ServiceCenter centerA;

	final ServiceCenter centerB;

	final CurrentUser adminA;

	final CurrentUser secondAdminA;

	final CurrentUser adminB;

	final CurrentUser facilitator;

	final CurrentUser otherFacilitator;

	final CurrentUser operator;

	final String legalName = "Rowan " + SessionFixtures.unique("Legalname");

	final String preferredName = "Ro" + SessionFixtures.unique("Preferred");

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	/** The people, made anew for each test from the test's application context. */
	Cast(ApplicationContext context) {
		this(context.getBean(SessionFixtures.class), context.getBean(NotificationInbox.class),
				context.getBean(TestMailServer.class), context.getBean(Accounts.class),
				context.getBean(CurrentUsers.class), context.getBean(ServiceCenters.class),
				context.getBean(Clients.class), context.getBean(Sessions.class),
				new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), context);
	}

	private Cast(SessionFixtures fixtures, NotificationInbox inbox, TestMailServer mail, Accounts accounts,
			CurrentUsers users, ServiceCenters centers, Clients clients, Sessions sessions,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.transactions = transactions;
		this.events = events;
		this.fixtures = fixtures;
		this.inbox = inbox;
		this.mail = mail;
		this.clients = clients;
		this.sessions = sessions;
		this.centerA = fixtures.center();
		this.centerB = fixtures.center();
		CurrentUser adminA = account(accounts, users, "admin-a", false);
		CurrentUser secondAdminA = account(accounts, users, "admin-a2", false);
		CurrentUser adminB = account(accounts, users, "admin-b", false);
		centers.addAdministrator(centerA.getId(), adminA.username());
		centers.addAdministrator(centerA.getId(), secondAdminA.username());
		centers.addAdministrator(centerB.getId(), adminB.username());
		this.adminA = users.of(adminA.username());
		this.secondAdminA = users.of(secondAdminA.username());
		this.adminB = users.of(adminB.username());
		this.facilitator = facilitator(accounts, users, "facilitator");
		this.otherFacilitator = facilitator(accounts, users, "other-facilitator");
		this.operator = account(accounts, users, "operator", true);
		fixtures.enroll(facilitator, centerA);
		fixtures.enroll(otherFacilitator, centerA);
	}

	/** A deadline reached, published in a transaction of its own as the timer's job publishes it. */
	void reached(SessionDeadlineReached deadline) {
		transactions.executeWithoutResult(status -> events.publishEvent(deadline));
	}

	private static CurrentUser account(Accounts accounts, CurrentUsers users, String prefix, boolean operator) {
		String username = SessionFixtures.unique(prefix);
		accounts.createAccount(username, SessionFixtures.PASSWORD, "Person " + username, email(username), operator);
		return users.of(username);
	}

	private static CurrentUser facilitator(Accounts accounts, CurrentUsers users, String prefix) {
		String username = SessionFixtures.unique(prefix);
		accounts.createFacilitator(username, SessionFixtures.PASSWORD, "Person " + username, email(username),
				SessionFixtures.unique("PSF"));
		return users.of(username);
	}

	static String email(String username) {
		return username + "@example.org";
	}

	/** A session of the facilitator's client (with the cast's names) at the center, or without one. */
	UUID session(ServiceCenter centerOrNull) {
		UUID client = clients.create(facilitator.username(), new ClientProfile(legalName, preferredName, null,
				LocalDate.of(1984, 6, 2), null, null, null, null)).id();
		return sessions.create(facilitator, client, centerOrNull == null ? null : centerOrNull.getId()).id();
	}

	List<NotificationView> toldTo(CurrentUser person) {
		return inbox.list(person.username(), PageRequest.of(0, 100)).getContent();
	}

	List<NotificationView> toldTo(CurrentUser person, NotificationKind kind) {
		return toldTo(person).stream().filter(told -> told.kind() == kind).toList();
	}

	List<NotificationView> toldOfSession(CurrentUser person, UUID sessionId) {
		return toldTo(person).stream().filter(told -> sessionId.equals(told.sessionId())).toList();
	}

	List<MimeMessage> mailTo(CurrentUser person) {
		return mail.receivedBy(email(person.username()));
	}

	List<MimeMessage> mailTo(CurrentUser person, String subject) {
		return mailTo(person).stream().filter(message -> subject.equals(subjectOf(message))).toList();
	}

	/** Every mail of the person says that something waits and links to Sojourn, and names no client or center. */
	void assertMailFreeOfClientData(CurrentUser person) {
		for (MimeMessage message : mailTo(person)) {
			String text = subjectOf(message) + "\n" + bodyOf(message);
			assertThat(text).contains("Sojourn")
				.contains("http")
				.doesNotContain(legalName, preferredName, centerA.getName(), centerB.getName(), "mg");
		}
	}

	static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String bodyOf(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
