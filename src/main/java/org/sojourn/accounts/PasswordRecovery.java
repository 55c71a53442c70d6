package org.sojourn.accounts;

import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Account;
import org.sojourn.identity.Accounts;
import org.sojourn.mail.Mails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link by mail to the account's address (the answer is the same whether or not the
 * address has an account), a new password under the password rules, every sign-in of the account ended, and a
 * notice to the owner.
 */
@Service
public class PasswordRecovery {

	private final Accounts accounts;

	private final SingleUseLinks links;

	private final Mails mails;

	private final PasswordRules passwords;

	private final SignIns signIns;

	private final AccountMails accountMails;

	private final MailRequestThrottle throttle;

	private final AccountAudit audit;

	PasswordRecovery(Accounts accounts, SingleUseLinks links, Mails mails, PasswordRules passwords, SignIns signIns,
			AccountMails accountMails, MailRequestThrottle throttle, AccountAudit audit) {
		this.accountMails = accountMails;
		this.throttle = throttle;
		this.accounts = accounts;
		this.links = links;
		this.mails = mails;
		this.passwords = passwords;
		this.signIns = signIns;
		this.audit = audit;
	}

	/** Mails a reset link when an enabled account has the address; says nothing either way. */
	@Transactional
	public void requestReset(String email) {
		if (!throttle.allows(MailRequestThrottle.Request.PASSWORD_RESET, email)) {
			return;
		}
		accounts.findByEmail(email).filter(Account::isEnabled).ifPresent(account -> {
			SingleUseLinks.Issued link = links.issue(LinkPurpose.PASSWORD_RESET, account.getUsername());
			mails.send(account.getEmail(), "Reset your Sojourn password", """
					Someone asked to reset the password of your Sojourn account.

					Choose a new password here. The link works once, until %s:
					%s

					If it was not you, ignore this mail: your password stays as it is.
					""".formatted(InvitationMail.UNTIL.format(link.expiresAt()),
					mails.link("/password-reset/" + link.token())));
			audit.record("anonymous", AuditAction.OTHER, account.getUsername(),
					"account %s: password reset link mailed".formatted(account.getUsername()), "ok");
		});
	}

	/** The account a reset link is for, while it works. */
	@Transactional(readOnly = true)
	public int passwordMinimum(String token) {
		return passwords.minimumFor(links.check(LinkPurpose.PASSWORD_RESET, token).subject());
	}

	/** Sets the new password, uses the link up, ends every sign-in and tells the owner. */
	@Transactional
	public void reset(String token, String newPassword) {
		String username = links.check(LinkPurpose.PASSWORD_RESET, token).subject();
		Account account = accounts.find(username).filter(Account::isEnabled).orElseThrow(LinkRefused::unknown);
		passwords.check(username, account.getEmail(), newPassword);
		links.redeem(LinkPurpose.PASSWORD_RESET, token);
		accounts.changePassword(username, newPassword);
		int ended = signIns.endAll(username, null);
		accountMails.passwordChanged(account.getEmail());
		audit.record(username, AuditAction.UPDATE, username,
				"account %s: password reset, %d sign-ins ended".formatted(username, ended), "ok");
	}

}
