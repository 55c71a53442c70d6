package org.sojourn.sessions.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

@SojournTest
class Scratch_RollbackTests {
	@Autowired SessionFixtures fixtures;
	@Autowired Sessions sessions;

	@Test
	void probe() {
		CurrentUser f = fixtures.facilitator();
		ServiceCenter c = fixtures.center();
		CurrentUser a = fixtures.administratorOf(c);
		UUID id = fixtures.session(f, c);
		fixtures.prepare(f, id, Instant.now().minus(3, ChronoUnit.DAYS));
		fixtures.complete(a, id, SessionStep.SCHEDULE_ADMINISTRATION, SessionFixtures.schedule(Instant.now().minus(1, ChronoUnit.DAYS)));
		fixtures.complete(a, id, SessionStep.CHECK_IN, SessionFixtures.checkIn());
		Throwable t = catchThrowable(() -> fixtures.complete(a, id, SessionStep.ADMINISTRATION_RECORD, SessionFixtures.administration(40, 15.0, 360)));
		for (Throwable x = t; x != null; x = x.getCause()) System.out.println("PROBE cause: " + x.getClass().getName() + ": " + x.getMessage());
		var r = sessions.record(a, id);
		System.out.println("PROBE admin=" + r.administration() + " forms=" + r.forms().stream().map(Object::toString).map(s -> s.substring(0, 40)).toList() + " open=" + r.openTasks().stream().map(o -> o.step()).toList());
		assertThat(r.administration()).isNull();
		assertThat(r.openTasks()).extracting(o -> o.step()).containsExactly(SessionStep.ADMINISTRATION_RECORD);
	}
}
