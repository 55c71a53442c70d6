package org.sojourn.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.compliance.ComplianceProperties;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionDeadlineReached.Deadline;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deadlines' settings move their due dates (the session process's timers read them from these very methods, see
 * the engine's SessionDeadlineTimerTests), and a period of zero turns a deadline off.
 */
@SojournTest
class SessionDeadlineSettingsTests {

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	SessionRepository repository;

	@Autowired
	ComplianceProperties compliance;

	@Autowired
	SessionDeadlines configured;

	@Test
	void otherSettingsMoveTheWindowWarningAndTheAdministrationNotice() {
		UUID sessionId = scheduledSession();
		Session session = repository.findById(sessionId).orElseThrow();
		SessionDeadlines other = with(new DeadlineSettings(Duration.ofDays(30), Duration.ofHours(48),
				Duration.ofDays(3)), new ArrayList<>());

		Instant windowEnd = session.getPreparationSessionAt().plus(compliance.preparationMaxLead());
		assertThat(configured.preparationWindowEnding(sessionId)).isEqualTo(windowEnd.minus(Duration.ofDays(14)));
		assertThat(other.preparationWindowEnding(sessionId)).isEqualTo(windowEnd.minus(Duration.ofDays(30)));
		assertThat(configured.administrationSoon(sessionId))
			.isEqualTo(session.getAdministrationScheduledAt().minus(Duration.ofHours(24)));
		assertThat(other.administrationSoon(sessionId))
			.isEqualTo(session.getAdministrationScheduledAt().minus(Duration.ofHours(48)));
	}

	@Test
	void aPeriodOfZeroTurnsItsDeadlineOffAndTheOthersStayOn() {
		UUID sessionId = scheduledSession();
		List<Object> raised = new ArrayList<>();
		SessionDeadlines off = with(new DeadlineSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO), raised);

		off.reached(sessionId, Deadline.ADMINISTRATION_SOON, null);
		assertThat(raised).isEmpty();

		SessionDeadlines on = with(new DeadlineSettings(Duration.ofDays(14), Duration.ofHours(24),
				Duration.ofDays(7)), raised);
		on.reached(sessionId, Deadline.ADMINISTRATION_SOON, null);
		assertThat(raised).containsExactly(new SessionDeadlineReached(sessionId, Deadline.ADMINISTRATION_SOON, null));
	}

	@Test
	void aDeadlineWhoseCauseWentRaisesNothing() {
		UUID sessionId = scheduledSession();
		List<Object> raised = new ArrayList<>();
		SessionDeadlines deadlines = with(new DeadlineSettings(Duration.ofDays(14), Duration.ofHours(24),
				Duration.ofDays(7)), raised);

		deadlines.reached(sessionId, Deadline.PREPARATION_WINDOW_ENDING, null);
		deadlines.reached(sessionId, Deadline.PREPARATION_WINDOW_LAPSED, null);
		deadlines.reached(sessionId, Deadline.FORMS_OUTSTANDING, SessionStep.CONSENTS_AND_PLANS);
		deadlines.reached(sessionId, Deadline.INTEGRATION_OVERDUE, null);

		assertThat(raised).as("scheduled, so neither window nor preparation nor integration applies").isEmpty();
	}

	private SessionDeadlines with(DeadlineSettings settings, List<Object> raised) {
		return new SessionDeadlines(repository, settings, compliance, raised::add);
	}

	private UUID scheduledSession() {
		CurrentUser facilitator = fixtures.facilitator();
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		UUID sessionId = fixtures.session(facilitator, center);
		fixtures.prepare(facilitator, sessionId, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.complete(administrator, sessionId, SessionStep.SCHEDULE_ADMINISTRATION,
				SessionFixtures.schedule(Instant.now().plus(3, ChronoUnit.DAYS)));
		return sessionId;
	}

}
