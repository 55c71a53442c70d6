package org.sojourn.groups.web;

import java.util.function.Supplier;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.groups.GroupConflict;
import org.springframework.http.HttpStatus;

/**
 * Runs a change of the group service for a page and tells a refusal from a success, so that the page can show the
 * refusal's message in place and keep what the person entered: a rule, a room or a session that cannot join (422),
 * a group no longer in a state that allows the change (409). Anything else (a missing group, a concurrent change)
 * is left to the error pages.
 */
final class GroupRefusals {

	private GroupRefusals() {
	}

	static <T> Attempt<T> attempt(Supplier<T> change) {
		try {
			return new Attempt<>(change.get(), null, null);
		}
		catch (ComplianceViolation e) {
			return new Attempt<>(null, e.getMessage(), HttpStatus.UNPROCESSABLE_ENTITY);
		}
		catch (GroupConflict e) {
			return new Attempt<>(null, e.getMessage(), HttpStatus.CONFLICT);
		}
	}

	static Attempt<Void> attempt(Runnable change) {
		return attempt(() -> {
			change.run();
			return null;
		});
	}

	/** A refusal the page itself finds before asking the service: what was entered is incomplete. */
	static <T> Attempt<T> incomplete(String message) {
		return new Attempt<>(null, message, HttpStatus.UNPROCESSABLE_ENTITY);
	}

	/**
	 * @param refusal the message of a refusal, or null when the change was made
	 * @param status the status the page answers a refusal with
	 */
	record Attempt<T>(T result, String refusal, HttpStatus status) {

		boolean refused() {
			return refusal != null;
		}

	}

}
