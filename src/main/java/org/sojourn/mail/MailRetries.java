package org.sojourn.mail;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node resubmits, periodically, the mail publications that are still incomplete after a while (the server was
 * down, or the node that asked stopped before sending). Two nodes resubmitting the same mail send it once: the row
 * claim in {@link MailDelivery} lets only one of them through.
 */
@Component
class MailRetries {

	private final IncompleteEventPublications incomplete;

	private final Duration after;

	MailRetries(IncompleteEventPublications incomplete, @Value("${sojourn.mail.retry-interval}") Duration after) {
		this.incomplete = incomplete;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${sojourn.mail.retry-interval}", initialDelayString = "${sojourn.mail.retry-interval}")
	void resubmit() {
		Instant before = Instant.now().minus(after);
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MailRequested
				&& publication.getPublicationDate().isBefore(before));
	}

}
