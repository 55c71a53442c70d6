package org.sojourn.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: one mail per person who prefers it, listing what arrived since their last digest and still
 * applies. Every node runs the schedule; the claim on the rows ({@link NotificationRepository#claimForDigest}) lets
 * one of them take each notification, and the mail is asked for in the same transaction, so a digest is sent once
 * and never repeats what an earlier one sent. A node that was down at the hour misses nothing: the next run takes it.
 */
@Component
class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final NotificationRepository notifications;

	private final StillApplies stillApplies;

	private final Notifier notifier;

	private final TransactionTemplate transactions;

	Digests(NotificationRepository notifications, StillApplies stillApplies, Notifier notifier,
			PlatformTransactionManager transactionManager) {
		this.notifications = notifications;
		this.stillApplies = stillApplies;
		this.notifier = notifier;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(cron = "${sojourn.notifications.digest-cron}", zone = "${sojourn.time-zone}")
	void sendDaily() {
		for (String recipient : notifications.recipientsWithDigestPending()) {
			try {
				transactions.executeWithoutResult(status -> sendTo(recipient));
			}
			catch (RuntimeException failed) {
				// This person's notifications stay pending for the next run; the others' digests still go.
				log.warn("Digest for one person not sent, kept for the next run: {}", failed.toString());
			}
		}
	}

	/** Sends one person's digest; returns how many notifications it listed. */
	@Transactional
	int sendTo(String recipient) {
		UUID digest = UUID.randomUUID();
		if (notifications.claimForDigest(recipient, digest) == 0) {
			return 0;
		}
		Instant now = Instant.now();
		List<Notification> taken = notifications.inDigest(digest);
		List<Notification> current = taken.stream().filter(stillApplies::test).toList();
		taken.stream().filter(notification -> !current.contains(notification)).forEach(lapsed -> lapsed.lapsed(now));
		if (current.isEmpty()) {
			return 0;
		}
		String lines = current.stream()
			.map(notification -> "- %s%n  %s".formatted(notification.text(), notifier.link(notification.link())))
			.collect(Collectors.joining("\n"));
		if (notifier.mail(recipient, "What waits for you in Sojourn today", """
				Since your last digest, this arrived for you in Sojourn:

				%s

				Sign in to see everything that waits for you.
				""".formatted(lines))) {
			current.forEach(Notification::mailed);
		}
		return current.size();
	}

}
