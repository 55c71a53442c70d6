package org.sojourn.mail;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers a mail after the transaction that asked for it committed, on the mail delivery executor rather than in
 * the thread of the request (whose answer then waits for no SMTP round trip). The event's publication (Spring
 * Modulith's registry) is completed only when {@link #deliver} returns, in the executor's thread: a failure, a full
 * queue or a shutdown leaves it incomplete, to be resubmitted by {@link MailRetries} or at the next start.
 * The method keeps its name: the registry knows its publications by listener.
 */
@Component
class MailDelivery {

	private final MailSending sending;

	MailDelivery(MailSending sending) {
		this.sending = sending;
	}

	@Async(MailDeliveryConfiguration.EXECUTOR)
	@TransactionalEventListener
	void deliver(MailRequested requested) {
		sending.sendOnce(requested.mailId());
	}

}
