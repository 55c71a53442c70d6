package org.sojourn.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sojourn.forms.FormFields;
import org.sojourn.sessions.SessionStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The doses a session's record holds, as addenda left them: the agreed estimate (initial plus secondary) and, once the
 * administration is recorded, the total consumed. Group administration reads them for the ratio rule.
 */
@Component
public class SessionDoses {

	private final SubmittedFormRepository forms;

	private final AdministrationRecordRepository administrations;

	private final AddendumRepository addenda;

	private final ObjectMapper objectMapper;

	SessionDoses(SubmittedFormRepository forms, AdministrationRecordRepository administrations,
			AddendumRepository addenda, ObjectMapper objectMapper) {
		this.forms = forms;
		this.administrations = administrations;
		this.addenda = addenda;
		this.objectMapper = objectMapper;
	}

	/**
	 * @param estimatedMg the agreed initial plus secondary estimate, or null without a dose estimate
	 * @param recordedMg the recorded initial plus secondary dose, or null before the administration record
	 */
	public record Doses(BigDecimal estimatedMg, BigDecimal recordedMg) {

		/** The dose the group's ratio counts: the recorded total once there is one, the agreed estimate before. */
		public BigDecimal counted() {
			return recordedMg != null ? recordedMg : estimatedMg;
		}

	}

	@Transactional(readOnly = true)
	public Doses of(UUID sessionId) {
		List<Addendum> corrections = addenda.findBySessionIdOrderByRecordedAtAsc(sessionId);
		BigDecimal estimated = forms.findBySessionIdOrderBySubmittedAtAsc(sessionId)
			.stream()
			.filter(form -> form.getStep() == SessionStep.DOSE_ESTIMATE)
			.reduce((first, second) -> second)
			.map(form -> total(read(form.getPayload()), corrections, form.getId().toString(),
					FormFields.DoseEstimate.ESTIMATED_INITIAL_DOSE_MG, FormFields.DoseEstimate.ESTIMATED_SECONDARY_DOSE_MG))
			.orElse(null);
		BigDecimal recorded = administrations.findById(sessionId).map(AdministrationRecord::view).map(record -> {
			// The record's two doses under the form's field names, so that its addenda apply alike.
			ObjectNode stored = objectMapper.createObjectNode()
				.put(FormFields.AdministrationRecord.INITIAL_DOSE_MG, record.initialDoseMg())
				.put(FormFields.AdministrationRecord.SECONDARY_DOSE_MG, record.secondaryDoseMg());
			return total(stored, corrections, SessionRecordEntries.ADMINISTRATION,
					FormFields.AdministrationRecord.INITIAL_DOSE_MG, FormFields.AdministrationRecord.SECONDARY_DOSE_MG);
		}).orElse(null);
		return new Doses(estimated, recorded);
	}

	/** The two doses as stored, each replaced by the latest addendum to the target that corrects it. */
	private BigDecimal total(JsonNode stored, List<Addendum> corrections, String target, String initialField,
			String secondaryField) {
		BigDecimal initial = decimal(stored.path(initialField));
		BigDecimal secondary = decimal(stored.path(secondaryField));
		for (Addendum addendum : corrections) {
			if (!target.equals(addendum.view().target())) {
				continue;
			}
			JsonNode changes = read(addendum.view().changes());
			if (changes.has(initialField)) {
				initial = decimal(changes.path(initialField).path("to"));
			}
			if (changes.has(secondaryField)) {
				secondary = decimal(changes.path(secondaryField).path("to"));
			}
		}
		if (initial == null && secondary == null) {
			return null;
		}
		return Optional.ofNullable(initial).orElse(BigDecimal.ZERO).add(Optional.ofNullable(secondary).orElse(BigDecimal.ZERO));
	}

	private static BigDecimal decimal(JsonNode value) {
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isTextual() && !value.asText().isBlank()) {
			try {
				return new BigDecimal(value.asText().strip());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	private JsonNode read(String json) {
		try {
			return objectMapper.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A stored record is not valid JSON", e);
		}
	}

}
