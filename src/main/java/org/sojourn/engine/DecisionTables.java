package org.sojourn.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.sojourn.compliance.GroupRatioTable;
import org.sojourn.compliance.MinimumDurationTable;
import org.sojourn.compliance.ScreeningResult;
import org.sojourn.compliance.ScreeningTable;
import org.springframework.stereotype.Component;

/** The compliance module's regulatory tables, evaluated as the DMN decisions deployed with the process. */
@Component
class DecisionTables implements ScreeningTable, MinimumDurationTable, GroupRatioTable {

	private final DecisionService decisions;

	DecisionTables(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public ScreeningResult evaluate(Map<String, Boolean> answers) {
		List<ScreeningResult.Finding> findings = evaluate(SessionProcess.DECISION_SCREENING, Map.copyOf(answers))
			.stream()
			.map(entry -> new ScreeningResult.Finding(
					ScreeningResult.Kind.valueOf((String) entry.get("outcome")), (String) entry.get("reason")))
			.toList();
		return ScreeningResult.of(findings);
	}

	@Override
	public Duration minimumDuration(BigDecimal totalDoseMg, boolean repeatClient, boolean wholeFungi) {
		List<Map<String, Object>> result = evaluate(SessionProcess.DECISION_MINIMUM_DURATION,
				Map.of("totalDoseMg", totalDoseMg.doubleValue(), "repeatClient", repeatClient, "wholeFungi",
						wholeFungi));
		if (result.isEmpty()) {
			throw new IllegalStateException("The minimum duration table has no rule for " + totalDoseMg + " mg");
		}
		Number minutes = (Number) result.get(0).get("minimumMinutes");
		return Duration.ofMinutes(minutes.longValue());
	}

	@Override
	public int clientsPerFacilitator(BigDecimal largestDoseMg) {
		List<Map<String, Object>> result = evaluate(SessionProcess.DECISION_GROUP_RATIO,
				Map.of("largestDoseMg", largestDoseMg.doubleValue()));
		if (result.isEmpty()) {
			throw new IllegalStateException("The group ratio table has no rule for " + largestDoseMg + " mg");
		}
		return ((Number) result.get(0).get("clientsPerFacilitator")).intValue();
	}

	/**
	 * Evaluated on behalf of Sojourn, not of the user completing a task: the rules apply to everyone, and users hold
	 * no permission to evaluate decisions themselves.
	 */
	private List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> variables) {
		Supplier<List<Map<String, Object>>> evaluation = () -> decisions.evaluateDecisionByKey(decisionKey)
			.variables(variables)
			.evaluate()
			.getResultList();
		CommandContext commandContext = Context.getCommandContext();
		return commandContext == null ? evaluation.get() : commandContext.runWithoutAuthorization(evaluation::get);
	}

}
