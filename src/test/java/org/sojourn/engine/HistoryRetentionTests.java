package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine keeps a session's history exactly as long as the configured retention of the session record. */
@SojournTest
class HistoryRetentionTests {

	@Autowired
	RepositoryService repository;

	@Autowired
	HistoryRetention retention;

	@Test
	void everySessionDefinitionAndDecisionKeepsHistoryForTheRetentionPeriod() {
		int days = retention.retentionDays();
		assertThat(days).as("five years in days, rounded up").isBetween(1826, 1828);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(SessionProcess.PROCESS_KEY).list())
			.isNotEmpty()
			.extracting(ProcessDefinition::getHistoryTimeToLive)
			.containsOnly(days);
		assertThat(repository.createDecisionDefinitionQuery().list())
			.filteredOn(definition -> definition.getKey().startsWith("decision_"))
			.hasSizeGreaterThanOrEqualTo(2)
			.extracting(DecisionDefinition::getHistoryTimeToLive)
			.containsOnly(days);
	}

}
