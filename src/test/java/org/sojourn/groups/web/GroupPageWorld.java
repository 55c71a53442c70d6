package org.sojourn.groups.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.sojourn.SessionFixtures;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.ServiceCenter;

/**
 * A center with an administrator and two facilitators, and three sessions prepared three days ago with the
 * fixtures' agreed 20 mg (two of the first facilitator's clients, one of the second's): what a group is planned
 * from.
 */
public record GroupPageWorld(ServiceCenter center, CurrentUser administrator, CurrentUser facilitator,
		CurrentUser otherFacilitator, List<UUID> sessions, List<String> clientNames) {

	public static GroupPageWorld prepare(SessionFixtures fixtures, SessionRecords records) {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		CurrentUser other = fixtures.facilitator();
		List<UUID> sessions = List.of(fixtures.session(facilitator, center), fixtures.session(facilitator, center),
				fixtures.session(other, center));
		for (UUID session : sessions) {
			CurrentUser owner = session.equals(sessions.get(2)) ? other : facilitator;
			fixtures.prepare(owner, session, Instant.now().minus(3, ChronoUnit.DAYS));
		}
		List<String> names = sessions.stream()
			.map(session -> records.record(administrator, session).session().client().displayName())
			.toList();
		return new GroupPageWorld(center, administrator, facilitator, other, sessions, names);
	}

	public String home() {
		return "/centers/" + center.getId();
	}

}
