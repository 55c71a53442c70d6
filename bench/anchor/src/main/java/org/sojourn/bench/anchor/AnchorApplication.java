package org.sojourn.bench.anchor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's anchor: Sojourn's process model on a bare engine. The model names two beans of Sojourn's; here
 * they do nothing (the phase listener) or only give the reminder's period, so the engine does its own work alone.
 */
@SpringBootApplication
public class AnchorApplication {

	public static void main(String[] args) {
		SpringApplication.run(AnchorApplication.class, args);
	}

	@Bean
	ExecutionListener sessionPhaseListener() {
		return execution -> {
		};
	}

	@Bean
	Reminder integrationReminder() {
		return new Reminder();
	}

	/** Read by the model's timer as {@code ${integrationReminder.after}}; public for the expression language. */
	public static class Reminder implements JavaDelegate {

		public String getAfter() {
			return "P30D";
		}

		@Override
		public void execute(DelegateExecution execution) {
		}

	}

}
