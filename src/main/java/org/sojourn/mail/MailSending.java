package org.sojourn.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one recorded mail, once across nodes: it first claims the mail's row (one conditional update), so that of
 * two nodes sending the same mail only one gets through, and marks it sent once the server took it. It throws when
 * the mail is not known to be sent (the server refused it, another node is sending it), so that its publication
 * stays incomplete. Without an SMTP server ({@code spring.mail.host} unset) the mail stays in the local mailbox.
 */
@Component
class MailSending {

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	private final OutgoingMailRepository mails;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transactions;

	private final String from;

	private final Duration claimTimeout;

	MailSending(OutgoingMailRepository mails, ObjectProvider<JavaMailSender> sender,
			PlatformTransactionManager transactionManager, @Value("${sojourn.mail.from}") String from,
			@Value("${sojourn.mail.claim-timeout}") Duration claimTimeout) {
		this.mails = mails;
		this.sender = sender;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.from = from;
		this.claimTimeout = claimTimeout;
	}

	void sendOnce(UUID mailId) {
		Instant now = Instant.now();
		OutgoingMail mail = transactions.execute(status -> {
			int claimed = mails.claim(mailId, now, now.minus(claimTimeout));
			return claimed == 1 ? mails.findById(mailId).orElse(null) : null;
		});
		if (mail == null) {
			OutgoingMail found = transactions.execute(status -> mails.findById(mailId).orElse(null));
			if (found == null || found.sentAt() != null) {
				return; // sent already (a resubmission after a node stopped before completing), or gone
			}
			// Another node is sending it right now; the publication stays open until it is known to be sent.
			throw new IllegalStateException("Mail " + mailId + " is being sent by another node");
		}
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp != null) {
			try {
				smtp.send(message(mail));
			}
			catch (MailException failed) {
				transactions.executeWithoutResult(status -> mails.release(mail.id()));
				log.warn("Mail {} not delivered (attempt {}), kept for a retry: {}", mail.id(), mail.attempts(),
						failed.getMessage());
				throw failed;
			}
		}
		transactions.executeWithoutResult(status -> {
			mails.markSent(mail.id(), Instant.now());
			if (smtp != null) {
				mails.clearBody(mail.id());
			}
		});
		log.info("Mail {} {}", mail.id(), smtp != null ? "sent" : "kept in the local mailbox");
	}

	private SimpleMailMessage message(OutgoingMail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		return message;
	}

}
