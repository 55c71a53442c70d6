package org.sojourn.accounts;

import java.time.Instant;
import org.sojourn.mail.Mails;
import org.springframework.stereotype.Component;

/**
 * The mail about an account's own security: a password changed, an email address to confirm, an address changed.
 * Each says what happened and whom to ask, never anything of a client or their care; written once, here, whichever
 * path the change took.
 */
@Component
class AccountMails {

	static final String PASSWORD_CHANGED = "Your Sojourn password was changed";

	static final String CONFIRM_EMAIL = "Confirm your new email for Sojourn";

	static final String EMAIL_CHANGED = "Your Sojourn email was changed";

	private final Mails mails;

	AccountMails(Mails mails) {
		this.mails = mails;
	}

	/** After a change from the account page and after a reset link alike: the owner learns of it at once. */
	void passwordChanged(String address) {
		if (address == null || address.isBlank()) {
			return;
		}
		mails.send(address, PASSWORD_CHANGED, """
				The password of your Sojourn account was just changed, and every other sign-in of the account was
				ended.

				If that was not you, use "Forgot password" at once and tell your center's administrator or Sojourn's
				operator:
				%s
				""".formatted(mails.link("/forgot-password")));
	}

	/** The link that proves the new address is the owner's; the address changes only when it is followed. */
	void confirmNewEmail(String newAddress, String token, Instant until) {
		mails.send(newAddress, CONFIRM_EMAIL, """
				Someone signed in to a Sojourn account asked to have its mail sent to this address.

				Confirm it here, signed in to that account. The link works once, until %s:
				%s

				If it was not you, ignore this mail: the account keeps its address.
				""".formatted(InvitationMail.UNTIL.format(until), mails.link("/account/email/" + token)));
	}

	/**
	 * To the old address once the new one is confirmed. It undoes nothing by itself (a link here would let whoever
	 * reads this mailbox take the account back silently); it says whom to ask.
	 */
	void emailChanged(String oldAddress) {
		if (oldAddress == null || oldAddress.isBlank()) {
			return;
		}
		mails.send(oldAddress, EMAIL_CHANGED, """
				The email address of your Sojourn account was just changed, and every other sign-in of the account
				was ended. Sojourn's mail now goes to the new address; this address gets no more.

				If that was not you, tell your center's administrator or Sojourn's operator at once: they can disable
				the account and see in its audit trail what was changed.
				Sign in: %s
				""".formatted(mails.link("/login")));
	}

}
