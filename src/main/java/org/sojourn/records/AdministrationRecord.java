package org.sojourn.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.sojourn.forms.FormData;
import org.sojourn.forms.FormFields;

/** What happened during administration (part 2 of the product and end of session form); written once. */
@Entity
@Table(name = "administration_record")
class AdministrationRecord {

	@Id
	@Column(name = "session_id")
	private UUID sessionId;

	@Column(name = "product_id", nullable = false, updatable = false)
	private String productId;

	@Column(name = "initial_dose_mg", nullable = false, updatable = false, precision = 6, scale = 2)
	private BigDecimal initialDoseMg;

	@Column(name = "initial_dose_at", nullable = false, updatable = false)
	private Instant initialDoseAt;

	@Column(name = "secondary_dose_mg", updatable = false, precision = 6, scale = 2)
	private BigDecimal secondaryDoseMg;

	@Column(name = "secondary_dose_at", updatable = false)
	private Instant secondaryDoseAt;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "ended_at", nullable = false, updatable = false)
	private Instant endedAt;

	@Column(name = "adverse_reaction", nullable = false, updatable = false)
	private boolean adverseReaction;

	@Column(name = "adverse_reaction_note", updatable = false)
	private String adverseReactionNote;

	@Column(name = "emergency_services", nullable = false, updatable = false)
	private boolean emergencyServices;

	@Column(name = "transport_plan_followed", nullable = false, updatable = false)
	private boolean transportPlanFollowed;

	@Column(name = "transport_deviation", updatable = false)
	private String transportDeviation;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected AdministrationRecord() {
	}

	AdministrationRecord(UUID sessionId, FormData form, String recordedBy) {
		this.sessionId = sessionId;
		this.productId = form.text(FormFields.AdministrationRecord.PRODUCT_ID);
		this.initialDoseMg = form.decimal(FormFields.AdministrationRecord.INITIAL_DOSE_MG);
		this.initialDoseAt = form.instant(FormFields.AdministrationRecord.INITIAL_DOSE_AT);
		this.secondaryDoseMg = form.decimal(FormFields.AdministrationRecord.SECONDARY_DOSE_MG);
		this.secondaryDoseAt = form.instant(FormFields.AdministrationRecord.SECONDARY_DOSE_AT);
		this.startedAt = form.instant(FormFields.AdministrationRecord.SESSION_STARTED_AT);
		this.endedAt = form.instant(FormFields.AdministrationRecord.SESSION_ENDED_AT);
		this.adverseReaction = form.checked(FormFields.AdministrationRecord.ADVERSE_REACTION_OCCURRED);
		this.adverseReactionNote = form.text(FormFields.AdministrationRecord.ADVERSE_REACTION_DESCRIPTION);
		this.emergencyServices = form.checked(FormFields.AdministrationRecord.EMERGENCY_SERVICES_CALLED);
		this.transportPlanFollowed = form.yes(FormFields.AdministrationRecord.TRANSPORT_PLAN_FOLLOWED);
		this.transportDeviation = form.text(FormFields.AdministrationRecord.TRANSPORT_DEVIATION);
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	AdministrationView view() {
		return new AdministrationView(productId, initialDoseMg, initialDoseAt, secondaryDoseMg, secondaryDoseAt,
				startedAt, endedAt, adverseReaction, adverseReactionNote, emergencyServices, transportPlanFollowed,
				transportDeviation, recordedBy, recordedAt);
	}

}
