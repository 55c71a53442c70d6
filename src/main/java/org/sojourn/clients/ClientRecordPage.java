package org.sojourn.clients;

import java.time.ZoneId;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** What the client pages share: who may use them, the record page's model, and the pages for refusals. */
@Component
class ClientRecordPage {

	private final Clients clients;

	private final ClientNotes notes;

	private final ClientDocuments documents;

	private final CurrentUsers users;

	private final ObjectProvider<ClientSessions> sessions;

	private final ZoneId zone;

	ClientRecordPage(Clients clients, ClientNotes notes, ClientDocuments documents, CurrentUsers users,
			ObjectProvider<ClientSessions> sessions, @Value("${sojourn.time-zone}") ZoneId zone) {
		this.clients = clients;
		this.notes = notes;
		this.documents = documents;
		this.users = users;
		this.sessions = sessions;
		this.zone = zone;
	}

	/** The client record page, with whatever refusal the model already holds. */
	String show(String facilitator, UUID clientId, Model model) {
		model.addAttribute("client", clients.get(facilitator, clientId));
		model.addAttribute("notes", notes.list(facilitator, clientId));
		model.addAttribute("documents", documents.list(facilitator, clientId));
		model.addAttribute("trash", documents.trash(facilitator, clientId));
		ClientSessions source = sessions.getIfAvailable();
		model.addAttribute("zone", zone.getId());
		model.addAttribute("sessions", source == null ? ClientSessions.Panel.EMPTY : source.of(facilitator, clientId));
		return "clients/client";
	}

	/**
	 * The client record page with the refusal the model holds, answered with the status, for an exception handler:
	 * a refusal it meets itself does not reach {@link Refusals} (Spring resolves one exception per request), so the
	 * same pages are answered here.
	 */
	ModelAndView showRefused(UUID clientId, Model model, HttpStatus status) {
		try {
			return new ModelAndView(show(facilitator(), clientId, model), status);
		}
		catch (NotAFacilitator e) {
			return new ModelAndView(Refusals.FORBIDDEN, HttpStatus.FORBIDDEN);
		}
		catch (ClientNotFound e) {
			return new ModelAndView(Refusals.NOT_FOUND, HttpStatus.NOT_FOUND);
		}
	}

	/** The signed-in facilitator's username; anyone else is refused. */
	String facilitator() {
		CurrentUser user = users.current();
		if (!user.facilitator()) {
			throw new NotAFacilitator();
		}
		return user.username();
	}

	/** Client pages are for facilitators only. */
	static class NotAFacilitator extends RuntimeException {

		NotAFacilitator() {
			super("Client records are kept by facilitators only.");
		}

	}

	/** Refusals as pages, before the API's problem details (which answer JSON) get to them. */
	@ControllerAdvice(assignableTypes = { ClientPages.class, ClientDocumentPages.class })
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Refusals {

		static final String NOT_FOUND = "clients/not-found";

		static final String FORBIDDEN = "clients/forbidden";

		@ExceptionHandler(ClientNotFound.class)
		@ResponseStatus(HttpStatus.NOT_FOUND)
		String notFound() {
			return NOT_FOUND;
		}

		@ExceptionHandler(NotAFacilitator.class)
		@ResponseStatus(HttpStatus.FORBIDDEN)
		String forbidden() {
			return FORBIDDEN;
		}

	}

}
