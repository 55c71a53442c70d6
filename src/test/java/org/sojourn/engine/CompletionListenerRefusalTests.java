package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionActionRefused;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionTasks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The completion listener decides from Sojourn's memberships as they are at the moment of completing, not from what
 * the caller read a moment earlier; its refusal is a reason the doors can answer (422 on Sojourn's API), and the
 * task stays open.
 */
@SojournTest
class CompletionListenerRefusalTests {

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private SessionTasks tasks;

	@Autowired
	private CenterMemberships memberships;

	@Autowired
	private CurrentUsers users;

	@Test
	void anAdministratorRemovedFromTheCenterWhileCompletingIsRefusedAndTheTaskStaysOpen() {
		ServiceCenter center = fixtures.center();
		CurrentUser dana = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(Duration.ofHours(1)));
		String task = fixtures.openTask(dana, session, SessionStep.SCHEDULE_ADMINISTRATION).id();
		CurrentUser founder = users.of(fixtures.founderOf(center));
		// Dana's request read her memberships before the founder removed her.
		memberships.removeAdministrator(founder, center.getId(), dana.username());

		assertThatThrownBy(
				() -> tasks.complete(dana, task, SessionFixtures.schedule(Instant.now().plus(Duration.ofDays(1)))))
			.isInstanceOf(SessionActionRefused.class)
			.hasMessageContaining("Only the service center's administrators");
		assertThat(fixtures.openTask(founder, session, SessionStep.SCHEDULE_ADMINISTRATION).id()).isEqualTo(task);
	}

}
