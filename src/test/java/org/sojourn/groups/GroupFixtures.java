package org.sojourn.groups;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.SessionFixtures;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;

/**
 * Centers with a room, prepared sessions with a chosen dose estimate, and planned groups, made through Sojourn's own
 * services. A plain helper rather than a test component, so that the shared test context stays one.
 */
public class GroupFixtures {

	private final SessionFixtures fixtures;

	private final GroupAdministrations groups;

	public GroupFixtures(SessionFixtures fixtures, GroupAdministrations groups) {
		this.fixtures = fixtures;
		this.groups = groups;
	}

	/** A center with an administrator, a facilitator it accepted, and one room of the given occupancy. */
	public record Center(ServiceCenter center, CurrentUser administrator, CurrentUser facilitator, RoomView room) {

		public UUID id() {
			return center.getId();
		}

	}

	public Center center(int roomOccupancy) {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		RoomView room = groups.addRoom(administrator, center.getId(),
				new RoomRequest(SessionFixtures.unique("Room"), roomOccupancy));
		return new Center(center, administrator, facilitator, room);
	}

	/** Another facilitator accepted by the center. */
	public CurrentUser facilitatorOf(Center center) {
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center.center());
		return facilitator;
	}

	/** A session of the facilitator at the center, prepared at the given time with this dose estimate. */
	public UUID preparedSession(CurrentUser facilitator, Center center, double estimateMg, Instant preparedAt) {
		UUID sessionId = fixtures.session(facilitator, center.center());
		fixtures.complete(facilitator, sessionId, SessionStep.CLIENT_INFORMATION, SessionFixtures.clearScreening());
		fixtures.complete(facilitator, sessionId, SessionStep.CONSENTS_AND_PLANS, SessionFixtures.consents());
		fixtures.complete(facilitator, sessionId, SessionStep.DOSE_ESTIMATE,
				new HashMap<>(Map.of("estimatedInitialDoseMg", estimateMg)));
		fixtures.complete(facilitator, sessionId, SessionStep.PREPARATION_CERTIFICATION,
				SessionFixtures.preparationCertified(preparedAt));
		return sessionId;
	}

	/** Prepared three days ago: ready to be scheduled, alone or in a group. */
	public UUID preparedSession(CurrentUser facilitator, Center center, double estimateMg) {
		return preparedSession(facilitator, center, estimateMg, Instant.now().minus(3, ChronoUnit.DAYS));
	}

	/** A group in the center's room in two hours, attended by the given facilitators. */
	public GroupView plan(Center center, List<String> facilitators, List<UUID> sessionIds) {
		return groups.plan(center.administrator(), center.id(), plan(center, facilitators, sessionIds, groupTime()));
	}

	public static GroupPlan plan(Center center, List<String> facilitators, List<UUID> sessionIds, Instant at) {
		return new GroupPlan(at, center.room().id(), facilitators, sessionIds);
	}

	public static Instant groupTime() {
		return Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
	}

}
