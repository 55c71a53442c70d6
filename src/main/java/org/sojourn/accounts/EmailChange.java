package org.sojourn.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Account;
import org.sojourn.identity.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person moves their account to another email address: they ask with their current password, a
 * single-use link goes to the new address, and only following it (signed in to the same account) changes the
 * address. Then the old address is told, every other sign-in of the account ends, and the audit trail keeps it.
 */
@Service
public class EmailChange {

	private static final Pattern ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+");

	/** One wording for every address another account holds, so that the answer says no more than it must. */
	static final String TAKEN = "This address cannot be used for your account. Choose another one.";

	private final Accounts accounts;

	private final SingleUseLinks links;

	private final PendingEmailChangeRepository pending;

	private final SignIns signIns;

	private final AccountMails mails;

	private final MailRequestThrottle throttle;

	private final AccountAudit audit;

	EmailChange(Accounts accounts, SingleUseLinks links, PendingEmailChangeRepository pending, SignIns signIns,
			AccountMails mails, MailRequestThrottle throttle, AccountAudit audit) {
		this.accounts = accounts;
		this.links = links;
		this.pending = pending;
		this.signIns = signIns;
		this.mails = mails;
		this.throttle = throttle;
		this.audit = audit;
	}

	/**
	 * Mails a link to the new address; the account keeps its address until it is followed. Refused, with nothing
	 * written, for a wrong current password (400), an address that is not one (400) or that another account has (409).
	 */
	@Transactional
	public void request(String username, String currentPassword, String newEmail) {
		Account account = accounts.find(username).orElseThrow(() -> AccountNotFound.named(username));
		if (!accounts.passwordMatches(username, currentPassword)) {
			throw new JoinRefused("currentPassword", "Your current password is not this one.");
		}
		String address = Joining.strip(newEmail).toLowerCase(Locale.ROOT);
		if (address.length() > 320 || !ADDRESS.matcher(address).matches()) {
			throw new JoinRefused("newEmail", "Give an email address such as name@example.org.");
		}
		if (address.equalsIgnoreCase(account.getEmail())) {
			throw new JoinRefused("newEmail", "This is your address already.");
		}
		if (accounts.findByEmail(address).isPresent()) {
			throw new JoinRefused("newEmail", TAKEN, HttpStatus.CONFLICT);
		}
		if (!throttle.allows(MailRequestThrottle.Request.EMAIL_CHANGE, address)) {
			return;
		}
		PendingEmailChange change = pending.findById(username).orElseGet(() -> new PendingEmailChange(username));
		change.askFor(address, Instant.now());
		pending.save(change);
		SingleUseLinks.Issued link = links.issue(LinkPurpose.EMAIL_CHANGE, username);
		mails.confirmNewEmail(address, link.token(), link.expiresAt());
		audit.record(username, AuditAction.OTHER, username,
				"account %s: email change asked, link mailed to the new address".formatted(username), "ok");
	}

	/** The address a link of this account would move it to, while the link works. */
	@Transactional(readOnly = true)
	public String offer(String username, String token) {
		return pendingFor(username, links.check(LinkPurpose.EMAIL_CHANGE, token)).newEmail();
	}

	/** Changes the address, uses the link up, tells the old address and ends every other sign-in. */
	@Transactional
	public String confirm(String username, String token, String currentSignIn) {
		PendingEmailChange change = pendingFor(username, links.check(LinkPurpose.EMAIL_CHANGE, token));
		String address = change.newEmail();
		if (accounts.findByEmail(address).filter(other -> !other.getUsername().equals(username)).isPresent()) {
			throw new JoinRefused("newEmail", TAKEN, HttpStatus.CONFLICT);
		}
		String oldAddress = accounts.find(username).map(Account::getEmail).orElse(null);
		links.redeem(LinkPurpose.EMAIL_CHANGE, token);
		pending.delete(change);
		accounts.changeEmail(username, address);
		int ended = signIns.endAll(username, currentSignIn);
		mails.emailChanged(oldAddress);
		// The trail (operators only) names both addresses, so that an operator can tell the owner what changed;
		// application log lines never do.
		audit.record(username, AuditAction.UPDATE, username, "account %s: email changed from %s to %s, %d other "
			.formatted(username, oldAddress == null ? "none" : oldAddress, address, ended) + "sign-ins ended", "ok");
		return address;
	}

	/** A link of another account is unknown to this one: it neither works nor says whose it is. */
	private PendingEmailChange pendingFor(String username, SingleUseLink link) {
		if (!link.subject().equals(username)) {
			throw LinkRefused.unknown();
		}
		return pending.findById(username).orElseThrow(LinkRefused::unknown);
	}

}
