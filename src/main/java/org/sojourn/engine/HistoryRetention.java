package org.sojourn.engine;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ties the engine's history time to live to Sojourn's retention period (sojourn.retention.period), so that the
 * engine's own history of a session neither outlives nor undercuts the session record: every version of the
 * session process and of its decisions gets the retention period, rounded up to whole days, at every start.
 * History cleanup then removes an instance's history that long after it ended.
 */
@Component
@Order(3)
class HistoryRetention implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

	private final RepositoryService repository;

	private final Period retention;

	HistoryRetention(RepositoryService repository, @Value("${sojourn.retention.period}") Period retention) {
		this.repository = repository;
		this.retention = retention;
	}

	/** Whole days the retention period lasts at most, counted from today (a leap day makes a year 366 days). */
	int retentionDays() {
		LocalDate today = LocalDate.now();
		return Math.toIntExact(ChronoUnit.DAYS.between(today, today.plus(retention))) + 1;
	}

	@Override
	public void run(ApplicationArguments args) {
		int days = retentionDays();
		for (String key : new String[] { SessionProcess.PROCESS_KEY, SessionProcess.GroupAdministration.PROCESS_KEY }) {
			for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.list()) {
				if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
					repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
				}
			}
		}
		for (String key : new String[] { SessionProcess.DECISION_SCREENING, SessionProcess.DECISION_MINIMUM_DURATION,
				SessionProcess.DECISION_GROUP_RATIO }) {
			for (DecisionDefinition definition : repository.createDecisionDefinitionQuery()
				.decisionDefinitionKey(key)
				.list()) {
				if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
					repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
				}
			}
		}
		log.info("Engine history of sessions is kept {} days after a session ends (retention {})", days, retention);
	}

}
