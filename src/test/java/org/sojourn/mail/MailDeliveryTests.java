package org.sojourn.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.MailDeliveriesInFlight;
import org.sojourn.SojournTest;
import org.sojourn.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SojournTest
class MailDeliveryTests {

	@Autowired
	Mails mails;

	@Autowired
	MailSending sending;

	@Autowired
	MailDeliveriesInFlight deliveries;

	@Autowired
	OutgoingMailRepository outgoing;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	TestMailServer server;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aMailIsSentAfterItsTransactionCommitsWithItsRecipientSubjectAndAbsoluteLink() throws Exception {
		String to = unique();
		UUID id = inTransaction(() -> mails.send(to, "Something waits for you in Sojourn",
				"Open " + mails.link("/account") + " to see it."));

		assertThat(server.receivedBy(to)).singleElement().satisfies(message -> {
			assertThat(message.getSubject()).isEqualTo("Something waits for you in Sojourn");
			assertThat(body(message)).contains("http://localhost:8080/account");
		});
		OutgoingMail sent = outgoing.findById(id).orElseThrow();
		assertThat(sent.sentAt()).isNotNull();
		assertThat(sent.body()).as("the body, which may hold a single-use link, is not kept once sent").isNull();
	}

	@Test
	void aMailIsDeliveredByTheMailDeliveryExecutorNotByTheThreadThatCommitted() {
		String to = unique();
		int deliveredBefore = deliveries.threads().size();
		inTransaction(() -> mails.send(to, "Off the request", "Open " + mails.link("/") + "."));

		assertThat(server.receivedBy(to)).hasSize(1);
		assertThat(deliveries.threads().subList(deliveredBefore, deliveries.threads().size())).singleElement()
			.satisfies(thread -> assertThat(thread).startsWith("mail-delivery-")
				.isNotEqualTo(Thread.currentThread().getName()));
	}

	@Test
	void aMailAskedForInATransactionThatRollsBackIsNeverSent() {
		String to = unique();
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			mails.send(to, "Never", "Never sent");
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(server.receivedBy(to)).isEmpty();
		assertThat(incomplete).isNotNull();
	}

	@Test
	void aMailServerThatIsDownDelaysMailAndLosesNone() throws Exception {
		String to = unique();
		server.stop();
		UUID id;
		try {
			id = inTransaction(() -> mails.send(to, "Waiting", "Open " + mails.link("/") + "."));
			assertThat(outgoing.findById(id).orElseThrow().sentAt()).as("kept for a retry").isNull();
		}
		finally {
			server.start();
		}
		assertThat(server.receivedBy(to)).isEmpty();

		resubmit(id);

		assertThat(server.receivedBy(to)).singleElement().satisfies(message -> assertThat(body(message))
			.contains("http://localhost:8080/"));
		resubmit(id);
		assertThat(server.receivedBy(to)).as("a completed publication is not resubmitted").hasSize(1);
	}

	@Test
	void aMailDeliveredTwiceIsSentOnce() {
		String to = unique();
		UUID id = inTransaction(() -> mails.send(to, "Once", "Once"));

		server.awaitDeliveries();
		sending.sendOnce(id);

		assertThat(server.receivedBy(to)).hasSize(1);
	}

	@Test
	void aMailAnotherNodeIsSendingIsNotSentAgainAndItsPublicationStaysOpen() {
		String to = unique();
		server.stop();
		UUID id;
		try {
			id = inTransaction(() -> mails.send(to, "Claimed", "Claimed"));
		}
		finally {
			server.start();
		}
		// Another node took the mail a moment ago and is sending it.
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> outgoing.claim(id, Instant.now(), Instant.now().minusSeconds(120)));

		assertThatThrownBy(() -> sending.sendOnce(id)).isInstanceOf(IllegalStateException.class);
		assertThat(server.receivedBy(to)).isEmpty();
	}

	private void resubmit(UUID id) {
		incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof MailRequested requested && requested.mailId().equals(id));
	}

	private UUID inTransaction(java.util.function.Supplier<UUID> work) {
		return new TransactionTemplate(transactionManager).execute(status -> work.get());
	}

	private static String body(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	private static String unique() {
		return "someone-" + UUID.randomUUID() + "@example.org";
	}

}
