package org.sojourn.records.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sojourn.compliance.ComplianceViolation;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.records.GroupAdministrationLink;
import org.sojourn.records.RecordViews;
import org.sojourn.records.SessionRecords;
import org.sojourn.records.pdf.SessionRecordPdf;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.CenterViews;
import org.sojourn.servicecenters.FacilitatorStatus;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.sojourn.sessions.CancellationRequest;
import org.sojourn.sessions.IntegrationReminders;
import org.sojourn.sessions.PageTimes;
import org.sojourn.sessions.SessionActionRefused;
import org.sojourn.sessions.SessionConflict;
import org.sojourn.sessions.SessionNotFound;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionViews;
import org.sojourn.sessions.Sessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The session record as a page for the signed-in browser, shared by the facilitator and the administrators of the
 * associated center; to anyone else it does not exist. Choosing the center and cancelling go through the same
 * service as the API; a refusal shows on the page and changes nothing.
 */
@Controller
class SessionPage {

	private final Sessions sessions;

	private final SessionRecords records;

	private final CurrentUsers users;

	private final ServiceCenters centers;

	private final CenterMemberships memberships;

	private final SessionPageView view;

	private final SessionRecordPdf recordPdf;

	private final IntegrationReminders reminders;

	private final PageTimes times;

	private final SessionChecklist checklist;

	private final GroupAdministrationLink groups;

	SessionPage(Sessions sessions, SessionRecords records, CurrentUsers users, ServiceCenters centers, CenterMemberships memberships,
			SessionPageView view, SessionRecordPdf recordPdf, IntegrationReminders reminders,
			@Value("${sojourn.time-zone}") ZoneId zone, SessionChecklist checklist, GroupAdministrationLink groups) {
		this.groups = groups;
		this.sessions = sessions;
		this.records = records;
		this.users = users;
		this.centers = centers;
		this.memberships = memberships;
		this.view = view;
		this.recordPdf = recordPdf;
		this.reminders = reminders;
		this.times = new PageTimes(zone);
		this.checklist = checklist;
	}

	@GetMapping("/sessions/{sessionId}")
	String page(@PathVariable UUID sessionId, Model model) {
		return show(users.current(), sessionId, model, null);
	}

	@PostMapping("/sessions/{sessionId}/center")
	String associateCenter(@PathVariable UUID sessionId, @RequestParam(required = false) UUID centerId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		if (centerId == null) {
			return refused(user, sessionId, model, response, "centerId", "Choose the service center.");
		}
		try {
			sessions.associateCenter(user, sessionId, centerId);
		}
		catch (SessionActionRefused | SessionConflict e) {
			return refused(user, sessionId, model, response, "centerId", e.getMessage());
		}
		redirect.addFlashAttribute("flash", "Service center chosen: " + centers.find(centerId)
			.map(ServiceCenter::getName)
			.orElse("the center") + ".");
		return "redirect:/sessions/" + sessionId;
	}

	/**
	 * Cancelling cannot be undone, so the page's form leads to a confirm page first (the form posts without
	 * confirmed=yes); only the confirm page's form, carrying the same kind and reason, cancels.
	 */
	@PostMapping("/sessions/{sessionId}/cancellation")
	String cancel(@PathVariable UUID sessionId, @RequestParam(required = false) CancellationRequest.Kind kind,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "") String confirmed,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		if (kind == null) {
			return refused(user, sessionId, model, response, "kind",
					"Say whether the client withdrew or the session is cancelled.");
		}
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			return refused(user, sessionId, model, response, "reason", "Give the reason (up to 2000 characters).");
		}
		RecordViews.Record record = records.record(user, sessionId);
		boolean cancellable = record.session().status() == SessionStatus.ACTIVE && record.productConsumedAt() == null;
		// What would be refused is refused at once rather than asked about.
		if (!"yes".equals(confirmed) && cancellable) {
			return confirmCancellation(record.session(), kind, reason, model);
		}
		try {
			sessions.cancel(user, sessionId, new CancellationRequest(kind, reason));
		}
		catch (ComplianceViolation | SessionActionRefused | SessionConflict e) {
			return refused(user, sessionId, model, response, null, e.getMessage());
		}
		redirect.addFlashAttribute("flash", kind == CancellationRequest.Kind.WITHDRAWN
				? "Session closed: the client withdrew." : "Session cancelled.");
		return "redirect:/sessions/" + sessionId;
	}

	private String confirmCancellation(SessionViews.Summary session, CancellationRequest.Kind kind, String reason,
			Model model) {
		UUID sessionId = session.id();
		boolean withdrawn = kind == CancellationRequest.Kind.WITHDRAWN;
		model.addAttribute("question", (withdrawn ? "Close the session of " : "Cancel the session of ")
				+ session.client().displayName() + "?");
		model.addAttribute("detail", (withdrawn ? "The client withdrew. " : "")
				+ "The session ends for good: its open tasks close and it cannot be reopened. Reason: " + reason.strip());
		model.addAttribute("action", "/sessions/" + sessionId + "/cancellation");
		model.addAttribute("fields", Map.of("kind", kind.name(), "reason", reason));
		model.addAttribute("confirmLabel", withdrawn ? "Yes, the client withdrew" : "Yes, cancel the session");
		model.addAttribute("backLink", "/sessions/" + sessionId);
		return "confirm";
	}

	/** The same PDF as the API's, for the signed-in browser (the API takes HTTP Basic only). */
	@GetMapping("/sessions/{sessionId}/record.pdf")
	ResponseEntity<byte[]> recordPdf(@PathVariable UUID sessionId) {
		CurrentUser user = users.current();
		return SessionRecordPdf.attachment(sessionId,
				recordPdf.render(records.record(user, sessionId), user.username()));
	}

	@ExceptionHandler(SessionNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("what", "session");
		return "sessions/not-found";
	}

	/**
	 * The page again with the refusal, answered 422 so that nothing looks like it succeeded.
	 *
	 * @param field the field the refusal is about, shown next to it; null for a refusal of the whole action
	 */
	private String refused(CurrentUser user, UUID sessionId, Model model, HttpServletResponse response,
			String field, String message) {
		model.addAttribute("errorField", field);
		String page = show(user, sessionId, model, message);
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return page;
	}

	private String show(CurrentUser user, UUID sessionId, Model model, String error) {
		RecordViews.Record record = records.record(user, sessionId);
		SessionViews.Summary session = record.session();
		boolean facilitator = session.facilitator().equals(user.username());
		boolean open = session.status() == SessionStatus.ACTIVE;
		model.addAttribute("record", record);
		model.addAttribute("summary", session);
		String centerName = session.centerId() == null ? null
				: centers.find(session.centerId()).map(ServiceCenter::getName).orElse(null);
		model.addAttribute("centerName", centerName);
		model.addAttribute("facilitator", facilitator);
		model.addAttribute("timeline", view.timeline(record));
		model.addAttribute("waiting", view.waiting(record, centerName));
		// A participant of a planned group has no open task: it waits for the group's check-in.
		model.addAttribute("waitingForGroup", open ? groups.groupOf(sessionId)
			.filter(group -> !group.leftGroup() && "PLANNED".equals(group.status()))
			.orElse(null) : null);
		List<SessionChecklist.Phase> phases = checklist.phases(record, user, centerName);
		model.addAttribute("phases", phases);
		model.addAttribute("formOnPage", phases.stream()
			.flatMap(phase -> phase.items().stream())
			.anyMatch(item -> item.schema() != null));
		model.addAttribute("timeZone", times.zone());
		// Only the facilitator is reminded: the integration tasks are theirs.
		model.addAttribute("overdue", reminders.overdue(user, sessionId).orElse(null));
		model.addAttribute("forms", view.forms(record));
		model.addAttribute("administrationAddenda", view.administrationAddenda(record));
		List<CenterViews.Membership> centerChoices = facilitator ? accepted(user) : List.of();
		boolean centerForm = facilitator && open && session.phase() == SessionPhase.PREPARATION
				&& !centerChoices.isEmpty();
		boolean cancelForm = open && record.productConsumedAt() == null;
		model.addAttribute("mayChooseCenter", facilitator && open && session.phase() == SessionPhase.PREPARATION);
		model.addAttribute("centerChoices", centerChoices);
		model.addAttribute("mayCancel", cancelForm);
		model.addAttribute("times", times);
		model.addAttribute("error", error);
		// A refusal goes next to its field only when the page shows that field's form; else at the top.
		Object field = model.getAttribute("errorField");
		boolean fieldShown = "centerId".equals(field) ? centerForm : field != null && cancelForm;
		model.addAttribute("errorField", fieldShown ? field : null);
		return "sessions/session";
	}

	private List<CenterViews.Membership> accepted(CurrentUser user) {
		return memberships.membershipsOf(user.username())
			.stream()
			.filter(membership -> membership.status() == FacilitatorStatus.ACCEPTED)
			.toList();
	}

}
