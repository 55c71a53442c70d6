package org.sojourn.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.sojourn.identity.Account;
import org.sojourn.identity.Accounts;
import org.sojourn.mail.Mails;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications, and asks for their mail, in the transaction of their cause: they exist exactly when the cause
 * committed, and the mail leaves after that commit (so it is current), never lost, once across nodes. Nobody is told
 * of what they did themselves.
 */
@Component
class Notifier {

	private final NotificationRepository notifications;

	private final NotificationSettingsRepository settings;

	private final Accounts accounts;

	private final Mails mails;

	Notifier(NotificationRepository notifications, NotificationSettingsRepository settings, Accounts accounts,
			Mails mails) {
		this.notifications = notifications;
		this.settings = settings;
		this.accounts = accounts;
		this.mails = mails;
	}

	/** What to tell: the text says what waits without client names or health information, the link leads to it. */
	record Notice(NotificationKind kind, Notification.About about, String text, String link) {
	}

	/** Tells each recipient, in Sojourn and by mail as each prefers; {@code actor} (who caused it) is not told. */
	@Transactional
	void tell(Collection<String> recipients, Notice notice, String actor) {
		for (String recipient : recipientsBut(recipients, actor)) {
			Notification notification = notifications.save(
					new Notification(recipient, notice.kind(), notice.about(), notice.text(), notice.link()));
			NotificationSettings chosen = settings.findById(recipient).orElseGet(() -> new NotificationSettings(recipient));
			if (!chosen.mails(notice.kind())) {
				continue;
			}
			if (chosen.dailyDigest() && !notice.kind().alwaysOn()) {
				notification.waitForDigest();
			}
			else if (mail(recipient, notice.kind().subject(), body(notice))) {
				notification.mailed();
			}
		}
	}

	/** Tells in Sojourn only, where another module sends the mail itself (a center's invitation). */
	@Transactional
	void tellInSojourn(Collection<String> recipients, Notice notice, String actor) {
		for (String recipient : recipientsBut(recipients, actor)) {
			notifications.save(new Notification(recipient, notice.kind(), notice.about(), notice.text(), notice.link()));
		}
	}

	/** Mails a person at the address of their account; false when they have none. */
	boolean mail(String recipient, String subject, String text) {
		String email = accounts.find(recipient).map(Account::getEmail).filter(address -> !address.isBlank()).orElse(null);
		if (email == null) {
			return false;
		}
		mails.send(email, subject, text);
		return true;
	}

	String body(Notice notice) {
		return """
				Something waits for you in Sojourn: %s

				Sign in to see it:
				%s
				""".formatted(notice.text(), mails.link(notice.link()));
	}

	String link(String path) {
		return mails.link(path);
	}

	private static Set<String> recipientsBut(Collection<String> recipients, String actor) {
		String signedIn = signedIn();
		Set<String> told = new LinkedHashSet<>();
		recipients.stream()
			.filter(Objects::nonNull)
			.filter(recipient -> !recipient.equals(actor) && !recipient.equals(signedIn))
			.forEach(told::add);
		return told;
	}

	/** The person whose request caused this, if any (a timer's job has none). */
	private static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication.getName();
	}

}
