package org.sojourn.accounts;

import java.util.List;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Account;
import org.sojourn.identity.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person changes of their own account: their name, their password (confirmed by the current one;
 * every other sign-in ends and the owner is told by mail), and their sign-ins.
 */
@Service
public class AccountSettings {

	private final Accounts accounts;

	private final PasswordRules passwords;

	private final SignIns signIns;

	private final AccountMails mails;

	private final PendingEmailChangeRepository pending;

	private final AccountAudit audit;

	AccountSettings(Accounts accounts, PasswordRules passwords, SignIns signIns, AccountMails mails,
			PendingEmailChangeRepository pending, AccountAudit audit) {
		this.pending = pending;
		this.accounts = accounts;
		this.passwords = passwords;
		this.signIns = signIns;
		this.mails = mails;
		this.audit = audit;
	}

	/** @param pendingEmail the address a mailed link would change the email to, or null */
	public record Overview(String username, String displayName, String email, String pendingEmail,
			int passwordMinimum, List<SignIns.SignIn> signIns) {
	}

	/** @param currentSignIn the id of the sign-in asking, marked as "this one" (never shown) */
	@Transactional(readOnly = true)
	public Overview overview(String username, String currentSignIn) {
		Account account = accounts.find(username).orElseThrow(() -> AccountNotFound.named(username));
		String pendingEmail = pending.findById(username).map(PendingEmailChange::newEmail).orElse(null);
		return new Overview(username, account.getDisplayName(), account.getEmail(), pendingEmail,
				passwords.minimumFor(username), signIns.of(username, currentSignIn));
	}

	@Transactional
	public void changeDisplayName(String username, String displayName) {
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new JoinRefused("displayName", "Give your name as colleagues should see it (up to 200 characters).");
		}
		accounts.changeDisplayName(username, name);
		audit.record(username, AuditAction.UPDATE, username, "account %s: display name changed".formatted(username),
				"ok");
	}

	/** Changes the password and ends every other sign-in; returns how many ended. */
	@Transactional
	public int changePassword(String username, String currentPassword, String newPassword, String currentSignIn) {
		Account account = accounts.find(username).orElseThrow(() -> AccountNotFound.named(username));
		if (!accounts.passwordMatches(username, currentPassword)) {
			throw new JoinRefused("currentPassword", "Your current password is not this one.");
		}
		passwords.check(username, account.getEmail(), newPassword);
		accounts.changePassword(username, newPassword);
		int ended = signIns.endAll(username, currentSignIn);
		mails.passwordChanged(account.getEmail());
		audit.record(username, AuditAction.UPDATE, username,
				"account %s: password changed, %d other sign-ins ended".formatted(username, ended), "ok");
		return ended;
	}

	@Transactional
	public int signOutEverywhereElse(String username, String currentSignIn) {
		int ended = signIns.endAll(username, currentSignIn);
		audit.record(username, AuditAction.OTHER, username,
				"account %s: signed out everywhere else, %d sign-ins ended".formatted(username, ended), "ok");
		return ended;
	}

}
