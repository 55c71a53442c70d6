package org.sojourn.mail;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for a mail. Call it inside the transaction of the change the mail is about: the mail and its publication are
 * written with the change, or neither is, and it leaves only after the commit.
 */
@Service
public class Mails {

	private final OutgoingMailRepository mails;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	Mails(OutgoingMailRepository mails, ApplicationEventPublisher events,
			@Value("${sojourn.base-url}") String baseUrl) {
		this.mails = mails;
		this.events = events;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * @param text plain text that says what waits in Sojourn and links to it; never a client's name or health
	 * information
	 */
	@Transactional
	public UUID send(String recipient, String subject, String text) {
		OutgoingMail mail = mails.save(new OutgoingMail(recipient, subject, text));
		events.publishEvent(new MailRequested(mail.id()));
		return mail.id();
	}

	/** The absolute address of a path of Sojourn ({@code sojourn.base-url}), for links in mail. */
	public String link(String path) {
		return baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

}
