package org.sojourn.system;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sojourn.clients.ClientSessions;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.Sessions;
import org.springframework.stereotype.Component;

/** The sessions part of a client's page: sessions live in a module that clients may not call. */
@Component
class ClientSessionsPanel implements ClientSessions {

	private final Sessions sessions;

	private final CenterMemberships memberships;

	private final CurrentUsers users;

	ClientSessionsPanel(Sessions sessions, CenterMemberships memberships, CurrentUsers users) {
		this.sessions = sessions;
		this.memberships = memberships;
		this.users = users;
	}

	@Override
	public Panel of(String facilitator, UUID clientId) {
		List<CenterViews.Membership> centers = memberships.membershipsOf(facilitator);
		Map<UUID, String> names = centers.stream()
			.filter(center -> center.centerName() != null)
			.collect(Collectors.toMap(CenterViews.Membership::centerId, CenterViews.Membership::centerName,
					(a, b) -> a));
		List<SessionViews.Summary> ofClient = sessions.ofClient(users.of(facilitator), clientId);
		return new Panel(
				lines(ofClient.stream().filter(s -> s.status() == SessionStatus.ACTIVE).toList(), names),
				lines(ofClient.stream().filter(s -> s.status() != SessionStatus.ACTIVE).toList(), names),
				centers.stream()
					.filter(center -> center.status() == FacilitatorStatus.ACCEPTED)
					.map(center -> new CenterChoice(center.centerId(), center.centerName()))
					.toList());
	}

	private static List<Line> lines(List<SessionViews.Summary> summaries, Map<UUID, String> centerNames) {
		return summaries.stream()
			.map(s -> new Line(s.id(), Labels.phase(s.phase()), s.stage().words(),
					s.centerId() == null ? "No center yet" : centerNames.getOrDefault(s.centerId(), "A center"),
					s.createdAt(), s.closedAt()))
			.toList();
	}

}
