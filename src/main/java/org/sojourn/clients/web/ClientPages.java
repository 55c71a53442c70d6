package org.sojourn.clients.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.UUID;
import org.sojourn.clients.ClientNotes;
import org.sojourn.clients.Clients;
import org.sojourn.clients.LikelyDuplicateClient;
import org.sojourn.clients.NoteText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's pages of a client: the profile form, the record and its notes (documents: {@link
 * ClientDocumentPages}). Someone else's client is "not found", like a missing one; others than facilitators are refused.
 */
@Controller
class ClientPages {

	private final Clients clients;

	private final ClientNotes notes;

	private final ClientRecordPage page;

	private final Validator validator;

	ClientPages(Clients clients, ClientNotes notes, ClientRecordPage page, Validator validator) {
		this.clients = clients;
		this.notes = notes;
		this.page = page;
		this.validator = validator;
	}

	@GetMapping("/clients/new")
	String newClient(Model model) {
		facilitator();
		return form(model, ClientForm.empty(), null);
	}

	@PostMapping("/clients")
	String create(@RequestParam Map<String, String> parameters, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String facilitator = facilitator();
		ClientForm form = ClientForm.submitted(parameters, validator);
		if (!form.valid()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return form(model, form, null);
		}
		UUID created;
		try {
			created = clients.create(facilitator, form.profile(), "yes".equals(parameters.get("confirmDuplicate")))
				.id();
		}
		catch (LikelyDuplicateClient e) {
			// Asked, not refused: the same form again, with what was typed, and a box to confirm.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("duplicateOf", e.existing());
			model.addAttribute("duplicateMessage", e.getMessage());
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "Client added.");
		return "redirect:/clients/" + created;
	}

	@GetMapping("/clients/{clientId}/edit")
	String edit(@PathVariable UUID clientId, Model model) {
		return form(model, ClientForm.of(clients.get(facilitator(), clientId).profile()), clientId);
	}

	@PostMapping("/clients/{clientId}/edit")
	String update(@PathVariable UUID clientId, @RequestParam Map<String, String> parameters, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String facilitator = facilitator();
		clients.get(facilitator, clientId);
		ClientForm form = ClientForm.submitted(parameters, validator);
		if (!form.valid()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return form(model, form, clientId);
		}
		clients.update(facilitator, clientId, form.profile());
		redirect.addFlashAttribute("flash", "Profile saved.");
		return "redirect:/clients/" + clientId;
	}

	@GetMapping("/clients/{clientId}")
	String client(@PathVariable UUID clientId, Model model) {
		return show(facilitator(), clientId, model);
	}

	@PostMapping("/clients/{clientId}/notes")
	String addNote(@PathVariable UUID clientId, @RequestParam(defaultValue = "") String text, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String facilitator = facilitator();
		String refusal = noteRefusal(text);
		if (refusal != null) {
			return refusedNote(facilitator, clientId, null, text, refusal, model, response);
		}
		notes.add(facilitator, clientId, new NoteText(text));
		redirect.addFlashAttribute("flash", "Note added.");
		return "redirect:/clients/" + clientId + "#notes";
	}

	@PostMapping("/clients/{clientId}/notes/{noteId}")
	String reviseNote(@PathVariable UUID clientId, @PathVariable UUID noteId,
			@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String facilitator = facilitator();
		String refusal = noteRefusal(text);
		if (refusal != null) {
			return refusedNote(facilitator, clientId, noteId, text, refusal, model, response);
		}
		notes.revise(facilitator, clientId, noteId, new NoteText(text));
		redirect.addFlashAttribute("flash", "Note saved; the earlier text is kept under it.");
		return "redirect:/clients/" + clientId + "#notes";
	}

	/** The page again (422) with the refusal under the text the facilitator wrote, kept for them to mend. */
	private String refusedNote(String facilitator, UUID clientId, UUID revisedNote, String text, String refusal,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("noteError", refusal);
		model.addAttribute("noteText", text);
		model.addAttribute("revisedNote", revisedNote);
		return show(facilitator, clientId, model);
	}

	private String show(String facilitator, UUID clientId, Model model) {
		return page.show(facilitator, clientId, model);
	}

	private static String form(Model model, ClientForm form, UUID clientId) {
		model.addAttribute("form", form);
		model.addAttribute("clientId", clientId);
		model.addAttribute("title", clientId == null ? "New client" : "Edit client");
		return "clients/form";
	}

	private static String noteRefusal(String text) {
		if (text.isBlank()) {
			return "Write the note's text.";
		}
		return text.length() > NoteText.MAX_LENGTH ? "A note can be at most 20000 characters long." : null;
	}

	private String facilitator() {
		return page.facilitator();
	}

}
