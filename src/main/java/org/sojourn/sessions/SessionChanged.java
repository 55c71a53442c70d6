package org.sojourn.sessions;

import java.util.UUID;

/**
 * Something was written to a session record, from whichever door (the API, Tasklist, engine REST).
 *
 * @param what a short description of the change, such as "form CONSENTS_AND_PLANS submitted"
 * @param actor the username of the person who made it
 */
public record SessionChanged(UUID sessionId, String what, String actor) {
}
