package org.sojourn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SojournTest;
import org.sojourn.clients.Clients;
import org.sojourn.groups.GroupAdministrations;
import org.sojourn.groups.RoomView;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.records.SessionRecords;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.ServiceCenters;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionTasks;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The demo data set loads through Sojourn's own services and leaves sessions in different phases. It is switched
 * off in the shared test context, so the test runs the loader itself (it is idempotent, as on every start).
 */
@SojournTest
class DemoDataTests {

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUsers users;

	@Autowired
	ServiceCenters centers;

	@Autowired
	CenterMemberships memberships;

	@Autowired
	Clients clients;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionRecords records;

	@Autowired
	SessionTasks tasks;

	@Autowired
	GroupAdministrations groups;

	@Test
	void demoDataLoadsSessionsInDifferentPhasesOnceOnly() throws Exception {
		DemoData demo = new DemoData(accounts, users, centers, memberships, clients, sessions, records, tasks,
				groups);
		demo.run(null);
		demo.run(null);

		List<SessionViews.Summary> fiona = sessions.list(users.of("fiona"), Pageable.unpaged()).getContent();
		List<SessionViews.Summary> felix = sessions.list(users.of("felix"), Pageable.unpaged()).getContent();
		assertThat(fiona).hasSize(4);
		assertThat(fiona).filteredOn(SessionViews.Summary::needsCenter).hasSize(2);
		assertThat(fiona).extracting(SessionViews.Summary::phase)
			.containsExactlyInAnyOrder(SessionPhase.PREPARATION, SessionPhase.PREPARATION, SessionPhase.ADMINISTRATION,
					SessionPhase.ADMINISTRATION);
		assertThat(felix).extracting(SessionViews.Summary::phase)
			.containsExactlyInAnyOrder(SessionPhase.INTEGRATION, SessionPhase.ADMINISTRATION);

		// The group's participants wait for it; only Jordan's session waits to be scheduled on its own.
		assertThat(tasks.tasksFor(users.of("carla"))).extracting(task -> task.step())
			.containsExactly(SessionStep.SCHEDULE_ADMINISTRATION);
		UUID cascade = users.of("carla").administeredCenters().iterator().next();
		assertThat(groups.rooms(users.of("carla"), cascade)).extracting(RoomView::name)
			.containsExactlyInAnyOrder("Cedar room", "Fir room");
		assertThat(groups.groupsOfCenter(users.of("carla"), cascade)).singleElement().satisfies(group -> {
			assertThat(group.status()).isEqualTo("PLANNED");
			assertThat(group.participantCount()).isEqualTo(2);
			assertThat(group.room().name()).isEqualTo("Cedar room");
		});
		assertThat(tasks.tasksFor(users.of("felix"))).extracting(task -> task.step())
			.containsExactly(SessionStep.INTEGRATION_OFFER);
		assertThat(sessions.list(users.of("wes"), Pageable.unpaged()).getContent()).hasSize(1);
		assertThat(users.of("operator").operator()).isTrue();
	}

}
