package org.sojourn.accounts;

import java.time.Instant;
import org.sojourn.audit.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ins in the audit trail: each sign-in through the form (which also sets the account's last sign-in), and
 * every refused sign-in at any door, with why (wrong password, locked, disabled). Successful HTTP Basic requests of
 * the API are not sign-ins: each request authenticates, and the trail would repeat the requests themselves.
 */
@Component
class SignInAudit {

	private final AccountActivityRepository activity;

	private final AccountAudit audit;

	SignInAudit(AccountActivityRepository activity, AccountAudit audit) {
		this.activity = activity;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		AccountActivity seen = activity.findById(username).orElseGet(() -> new AccountActivity(username));
		seen.signedIn(Instant.now());
		activity.save(seen);
		audit.record(username, AuditAction.OTHER, username, "account %s: signed in".formatted(username), "ok");
	}

	@EventListener
	@Transactional
	void refused(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		if (username.length() > 64 || username.indexOf('\0') >= 0) {
			return; // no account can have this name (see LoginThrottling)
		}
		String why = event instanceof AuthenticationFailureLockedEvent ? "locked"
				: event instanceof AuthenticationFailureDisabledEvent ? "disabled" : "failed";
		audit.record(username, AuditAction.OTHER, username, "account %s: sign-in %s".formatted(username, why), why);
	}

}
