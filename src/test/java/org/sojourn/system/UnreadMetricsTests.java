package org.sojourn.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Sojourn exports no metrics and exposes no metrics endpoint, so nothing collects them: no meter registry, no
 * observation registry, and no observation filter timing every request (application.properties says why).
 */
@SojournTest
class UnreadMetricsTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void noMetricsAreCollectedForNobody() {
		assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
		assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
		assertThat(context.getBeansOfType(Filter.class).values())
			.noneMatch(filter -> filter.getClass().getName().contains("ServerHttpObservationFilter"));
	}

}
