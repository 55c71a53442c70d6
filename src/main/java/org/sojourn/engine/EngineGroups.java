package org.sojourn.engine;

import java.util.ArrayList;
import java.util.List;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.sessions.SessionTasks;
import org.springframework.stereotype.Component;

/** A user's groups in the engine, derived from Sojourn's memberships on every sign-in. */
@Component
class EngineGroups {

	/** Operators monitor in Cockpit and Admin; they hold no task and read no variable. */
	static final String OPERATORS = "sojourn-operators";

	/**
	 * Everyone's group. It holds no task and no permission; it keeps a user's group list from being empty, which the
	 * shared "My center" filter cannot query with.
	 */
	static final String EVERYONE = "sojourn-users";

	private final CurrentUsers users;

	EngineGroups(CurrentUsers users) {
		this.users = users;
	}

	/** The user's groups; the user as the request's sign-in rules already read them, if they did. */
	List<String> of(String username) {
		CurrentUser user = users.ofThisRequest(username);
		List<String> groups = new ArrayList<>(SessionTasks.groupsOf(user));
		groups.add(EVERYONE);
		if (user.operator()) {
			groups.add(OPERATORS);
		}
		return groups;
	}

}
