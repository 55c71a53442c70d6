package org.sojourn.signin;

import java.time.Duration;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Throttles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a sign-in: a code from the authenticator app, or a recovery code in its stead. Wrong codes are
 * counted per username in the database and lock the step for a while, as wrong passwords lock the first
 * (sojourn.login.*); a new code does not reset the count, success clears it.
 */
@Service
class SecondStep {

	enum Outcome {

		ACCEPTED("An authenticator code was accepted."), RECOVERY_CODE_ACCEPTED("A recovery code was accepted."),
		WRONG("That code is not right. Type the code your authenticator app shows now, or a recovery code."),
		REPLAYED("That code has been used already. Wait for your authenticator app to show the next one."),
		LOCKED("Too many wrong codes. Second-step sign-in is locked for a while; try again later.");

		final String message;

		Outcome(String message) {
			this.message = message;
		}

		boolean accepted() {
			return this == ACCEPTED || this == RECOVERY_CODE_ACCEPTED;
		}

	}

	private final AuthenticatorApps apps;

	private final RecoveryCodes recoveryCodes;

	private static final String KIND = "second-step";

	private final Throttles throttles;

	private final AccountEvents events;

	private final Throttles.Limit limit;

	SecondStep(AuthenticatorApps apps, RecoveryCodes recoveryCodes, Throttles throttles,
			AccountEvents events, @Value("${sojourn.login.max-failures}") int maxFailures,
			@Value("${sojourn.login.lock-duration}") Duration lockDuration) {
		this.apps = apps;
		this.recoveryCodes = recoveryCodes;
		this.throttles = throttles;
		this.events = events;
		this.limit = new Throttles.Limit(maxFailures, lockDuration);
	}

	@Transactional
	Outcome check(String username, String code) {
		if (throttles.isLocked(KIND, username)) {
			events.record(username, AuditAction.OTHER, "second-step sign-in while locked", "refused");
			return Outcome.LOCKED;
		}
		Outcome outcome = attempt(username, code);
		if (outcome.accepted()) {
			throttles.clear(KIND, username);
			events.record(username, AuditAction.OTHER,
					outcome == Outcome.ACCEPTED ? "signed in with an authenticator code"
							: "signed in with a recovery code",
					"ok");
			return outcome;
		}
		throttles.count(KIND, username, limit);
		events.record(username, AuditAction.OTHER,
				outcome == Outcome.REPLAYED ? "second-step code used again" : "wrong second-step code", "refused");
		return outcome;
	}

	private Outcome attempt(String username, String code) {
		if (RecoveryCodes.looksLikeOne(code)) {
			return recoveryCodes.use(username, code) ? Outcome.RECOVERY_CODE_ACCEPTED : Outcome.WRONG;
		}
		return switch (apps.verify(username, code)) {
			case ACCEPTED -> Outcome.ACCEPTED;
			case REPLAYED -> Outcome.REPLAYED;
			case WRONG -> Outcome.WRONG;
		};
	}

}
