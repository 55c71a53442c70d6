package org.sojourn.bench.anchor;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deadline beans the model names, doing nothing: their timers are set and removed by the engine as in Sojourn
 * (a month ahead, so that none fires during a run), and the preparation window's watch closes as soon as it opens,
 * since the anchor keeps no session record to read it from.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineStubs {

	@Bean
	Window preparationWindow() {
		return new Window();
	}

	@Bean
	Soon administrationSoon() {
		return new Soon();
	}

	@Bean
	Outstanding formsOutstanding() {
		return new Outstanding();
	}

	@Bean
	JavaDelegate quarterlyReportReminder() {
		return execution -> {
		};
	}

	static Date aMonthAhead() {
		return Date.from(Instant.now().plus(Duration.ofDays(30)));
	}

	/** Public for the expression language, like the others. */
	public static class Window implements JavaDelegate {

		public Date endingAt(DelegateExecution execution) {
			return aMonthAhead();
		}

		public Date lapsesAt(DelegateExecution execution) {
			return aMonthAhead();
		}

		public boolean closed(DelegateExecution execution) {
			return true;
		}

		@Override
		public void execute(DelegateExecution execution) {
		}

	}

	public static class Soon implements JavaDelegate {

		public Date dueAt(DelegateExecution execution) {
			return aMonthAhead();
		}

		@Override
		public void execute(DelegateExecution execution) {
		}

	}

	public static class Outstanding implements JavaDelegate {

		public String getAfter() {
			return "P7D";
		}

		@Override
		public void execute(DelegateExecution execution) {
		}

	}

}
