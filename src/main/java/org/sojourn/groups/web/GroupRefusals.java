package org.sojourn.groups.web;

import java.util.function.Supplier;
import org.sojourn.compliance.ComplianceViolation;

/**
 * Runs a change of the group service for a page and tells a refusal (a rule, a room, a session that cannot join)
 * from a success, so that the page can show the refusal's message in place (422) and keep what the person entered.
 * Anything else (a missing group, a concurrent change) is left to the error pages.
 */
final class GroupRefusals {

	private GroupRefusals() {
	}

	static <T> Attempt<T> attempt(Supplier<T> change) {
		try {
			return new Attempt<>(change.get(), null);
		}
		catch (ComplianceViolation e) {
			return new Attempt<>(null, e.getMessage());
		}
	}

	static Attempt<Void> attempt(Runnable change) {
		return attempt(() -> {
			change.run();
			return null;
		});
	}

	/** @param refusal the message of a refusal, or null when the change was made */
	record Attempt<T>(T result, String refusal) {

		boolean refused() {
			return refusal != null;
		}

	}

}
