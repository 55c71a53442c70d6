package org.sojourn.accounts;

import java.time.Instant;
import java.util.Locale;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Accounts;
import org.sojourn.mail.Mails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator signs up without an invitation ({@code sojourn.signup.enabled}): they give an email address, confirm
 * it by the mailed single-use link, and only then create the account (name, password, license), which works at once.
 * Sign-up makes facilitators only and joins no center: center administrators are invited by their center or named
 * by the operator who registers it.
 */
@Service
public class SignUp {

	private final boolean enabled;

	private final SingleUseLinks links;

	private final Mails mails;

	private final Accounts accounts;

	private final Joining joining;

	private final PasswordRules passwords;

	private final MailRequestThrottle throttle;

	private final AccountAudit audit;

	SignUp(@Value("${sojourn.signup.enabled}") boolean enabled, SingleUseLinks links, Mails mails, Accounts accounts,
			Joining joining, PasswordRules passwords, MailRequestThrottle throttle, AccountAudit audit) {
		this.throttle = throttle;
		this.enabled = enabled;
		this.links = links;
		this.mails = mails;
		this.accounts = accounts;
		this.joining = joining;
		this.passwords = passwords;
		this.audit = audit;
	}

	public boolean enabled() {
		return enabled;
	}

	/** Mails a confirmation link; an address with an account gets a reminder instead. The answer is the same. */
	@Transactional
	public void request(String email) {
		requireEnabled();
		String address = Joining.strip(email).toLowerCase(Locale.ROOT);
		if (!throttle.allows(MailRequestThrottle.Request.SIGN_UP, address)) {
			return;
		}
		if (accounts.findByEmail(address).isPresent()) {
			mails.send(address, "You have a Sojourn account", """
					Someone asked to sign up to Sojourn with this address, which has an account already.

					Sign in, or choose a new password if you forgot it:
					%s
					""".formatted(mails.link("/forgot-password")));
			return;
		}
		SingleUseLinks.Issued link = links.issue(LinkPurpose.SIGN_UP, address);
		mails.send(address, "Confirm your email for Sojourn", """
				Someone asked to create a facilitator account in Sojourn with this address.

				Confirm it and create the account here. The link works once, until %s:
				%s

				If it was not you, ignore this mail; no account is created without the link.
				""".formatted(InvitationMail.UNTIL.format(link.expiresAt()), mails.link("/signup/" + link.token())));
	}

	public record Offer(String email, Instant linkExpiresAt, int passwordMinimum) {

		public boolean facilitator() {
			return true;
		}

	}

	@Transactional(readOnly = true)
	public Offer offer(String token) {
		requireEnabled();
		SingleUseLink link = links.check(LinkPurpose.SIGN_UP, token);
		return new Offer(link.subject(), link.expiresAt(), passwords.minimumFor(null));
	}

	/** Creates the facilitator's account with the confirmed address; returns its username. */
	@Transactional
	public String complete(String token, NewAccount request) {
		requireEnabled();
		String email = links.check(LinkPurpose.SIGN_UP, token).subject();
		joining.checkNewAccount(request, email, true);
		links.redeem(LinkPurpose.SIGN_UP, token);
		String username = Joining.strip(request.username());
		accounts.createFacilitator(username, request.password(), Joining.strip(request.displayName()), email,
				Joining.strip(request.licenseNumber()));
		audit.record(username, AuditAction.CREATE, username,
				"account %s created by sign-up as a facilitator".formatted(username), "ok");
		return username;
	}

	private void requireEnabled() {
		if (!enabled) {
			throw new JoinRefused("signup", "Sign-up is closed here; ask a service center to invite you.",
					HttpStatus.NOT_FOUND);
		}
	}

}
