package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sojourn.sessions.DeadlineSettings;

/** The forms-outstanding timers read their period from the setting, as the ISO-8601 duration the engine takes. */
class FormsOutstandingTests {

	@Test
	void theTimersPeriodIsTheSetting() {
		assertThat(new FormsOutstanding(null, settings(Duration.ofDays(7))).getAfter()).isEqualTo("PT168H");
		assertThat(new FormsOutstanding(null, settings(Duration.ofDays(3))).getAfter()).isEqualTo("PT72H");
	}

	@Test
	void aNegativePeriodIsRefusedAtStartUp() {
		assertThatThrownBy(() -> settings(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
	}

	private static DeadlineSettings settings(Duration formsOutstandingAfter) {
		return new DeadlineSettings(Duration.ofDays(14), Duration.ofHours(24), formsOutstandingAfter);
	}

}
