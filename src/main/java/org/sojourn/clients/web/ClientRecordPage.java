package org.sojourn.clients.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import org.sojourn.clients.ClientDocuments;
import org.sojourn.clients.ClientNotFound;
import org.sojourn.clients.ClientNotes;
import org.sojourn.clients.ClientSessions;
import org.sojourn.clients.Clients;
import org.sojourn.clients.DocumentView;
import org.sojourn.clients.NoteView;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.listing.Listing;
import org.sojourn.listing.PageAddress;
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

	private static final Comparator<Instant> EARLIEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

	private static final Listing<NoteView> NOTES = Listing.<NoteView>named("notes")
		.sortable("date", Comparator.comparing(NoteView::createdAt))
		.sortable("author", Comparator.comparing(NoteView::createdBy).thenComparing(NoteView::createdAt))
		.sortedBy("-date");

	private static final Listing<DocumentView> DOCUMENTS = Listing.<DocumentView>named("documents")
		.sortable("uploaded", Comparator.comparing(DocumentView::uploadedAt))
		.sortable("name", Comparator.comparing(DocumentView::originalName, String.CASE_INSENSITIVE_ORDER))
		.sortable("size", Comparator.comparingLong(DocumentView::sizeBytes))
		.sortedBy("-uploaded");

	private static final Listing<DocumentView> TRASH = Listing.<DocumentView>named("trash")
		.sortable("deleted", Comparator.comparing(DocumentView::deletedAt))
		.sortable("name", Comparator.comparing(DocumentView::originalName, String.CASE_INSENSITIVE_ORDER))
		.sortedBy("-deleted");

	private static final Listing<ClientSessions.Line> ACTIVE_SESSIONS = sessionListing("active", "started",
			ClientSessions.Line::startedAt);

	private static final Listing<ClientSessions.Line> PAST_SESSIONS = sessionListing("history", "closed",
			ClientSessions.Line::closedAt);

	private final Clients clients;

	private final ClientNotes notes;

	private final ClientDocuments documents;

	private final CurrentUsers users;

	private final ObjectProvider<ClientSessions> sessions;

	private final ZoneId zone;

	private final HttpServletRequest request;

	/** @param request the current request (a proxy), whose query holds the reader's paging and sorting */
	ClientRecordPage(Clients clients, ClientNotes notes, ClientDocuments documents, CurrentUsers users,
			ObjectProvider<ClientSessions> sessions, @Value("${sojourn.time-zone}") ZoneId zone,
			HttpServletRequest request) {
		this.clients = clients;
		this.notes = notes;
		this.documents = documents;
		this.users = users;
		this.sessions = sessions;
		this.zone = zone;
		this.request = request;
	}

	private static Listing<ClientSessions.Line> sessionListing(String name, String dateKey,
			Function<ClientSessions.Line, Instant> date) {
		return Listing.<ClientSessions.Line>named(name)
			.sortable(dateKey, Comparator.comparing(date, EARLIEST_FIRST))
			.sortable("phase", Comparator.comparing(ClientSessions.Line::phase))
			.sortable("status", Comparator.comparing(ClientSessions.Line::status))
			.sortable("center", Comparator.comparing(ClientSessions.Line::center))
			.sortedBy("-" + dateKey);
	}

	/** The client record page, with whatever refusal the model already holds. */
	String show(String facilitator, UUID clientId, Model model) {
		PageAddress address = PageAddress.of("/clients/" + clientId, request);
		model.addAttribute("client", clients.get(facilitator, clientId));
		model.addAttribute("notes", NOTES.page(notes.list(facilitator, clientId), address));
		model.addAttribute("documents", DOCUMENTS.page(documents.list(facilitator, clientId), address));
		model.addAttribute("trash", TRASH.page(documents.trash(facilitator, clientId), address));
		ClientSessions source = sessions.getIfAvailable();
		ClientSessions.Panel panel = source == null ? ClientSessions.Panel.EMPTY : source.of(facilitator, clientId);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("activeSessions", ACTIVE_SESSIONS.page(panel.active(), address));
		model.addAttribute("pastSessions", PAST_SESSIONS.page(panel.history(), address));
		model.addAttribute("centerChoices", panel.centers());
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
