package org.sojourn.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.records.SessionRecorder;
import org.sojourn.servicecenters.ServiceCenter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the integration timer's reminder does to a session, called as the timer's service task calls it (the process
 * tests fire the timer itself): it marks only a session still in integration, for its facilitator only.
 */
@SojournTest
class IntegrationRemindersTests {

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private IntegrationReminders reminders;

	@Autowired
	private SessionRecorder recorder;

	@Test
	void aSessionInIntegrationIsMarkedForItsFacilitatorWithWhenIntegrationBegan() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.sessionInIntegration(facilitator);
		Instant before = Instant.now();

		reminders.remind(session);

		Instant remindedAt = recorder.session(session).getIntegrationRemindedAt();
		assertThat(remindedAt).isBetween(before, Instant.now());
		assertThat(reminders.overdueFor(facilitator)).singleElement().satisfies(overdue -> {
			assertThat(overdue.sessionId()).isEqualTo(session);
			assertThat(overdue.clientId()).isEqualTo(recorder.session(session).getClientId());
			assertThat(overdue.integrationSince()).isBefore(before);
			assertThat(overdue.remindedAt()).isCloseTo(remindedAt, within(1, ChronoUnit.MILLIS));
		});
		assertThat(reminders.overdue(facilitator, session)).isPresent();
	}

	@Test
	void nobodyButTheFacilitatorIsReminded() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID session = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, session, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.administer(administrator, session);
		CurrentUser stranger = fixtures.facilitator();

		reminders.remind(session);

		assertThat(reminders.overdueFor(administrator)).isEmpty();
		assertThat(reminders.overdue(administrator, session)).isEmpty();
		assertThat(reminders.overdueFor(stranger)).isEmpty();
		assertThat(reminders.overdue(stranger, session)).isEmpty();
	}

	@Test
	void aSessionThatClosedBeforeTheReminderIsLeftAsItIs() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.sessionInIntegration(facilitator);
		fixtures.complete(facilitator, session, SessionStep.INTEGRATION_OFFER, SessionFixtures.integrationOffer(false));
		fixtures.complete(facilitator, session, SessionStep.COMPLETION_CERTIFICATION,
				SessionFixtures.completionCertified());

		reminders.remind(session);

		assertThat(recorder.session(session).getStatus()).isEqualTo(SessionStatus.COMPLETED);
		assertThat(recorder.session(session).getIntegrationRemindedAt()).isNull();
		assertThat(reminders.overdueFor(facilitator)).isEmpty();
	}

	@Test
	void aSessionNotYetInIntegrationIsLeftAsItIs() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);

		reminders.remind(session);

		assertThat(recorder.session(session).getIntegrationRemindedAt()).isNull();
		assertThat(reminders.overdueFor(facilitator)).isEmpty();
	}

}
