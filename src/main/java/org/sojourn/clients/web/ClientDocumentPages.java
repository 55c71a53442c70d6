package org.sojourn.clients.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.sojourn.clients.ClientDocuments;
import org.sojourn.clients.DocumentContent;
import org.sojourn.clients.DocumentRefused;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents part of a client's page: upload, download, trash and restore; a refusal shows on the page. */
@Controller
class ClientDocumentPages {

	private final ClientDocuments documents;

	private final ClientRecordPage page;

	ClientDocumentPages(ClientDocuments documents, ClientRecordPage page) {
		this.documents = documents;
		this.page = page;
	}

	@PostMapping("/clients/{clientId}/documents")
	String upload(@PathVariable UUID clientId, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String facilitator = page.facilitator();
		if (file == null) {
			return refused(facilitator, clientId, "Choose a file to upload.", HttpStatus.UNPROCESSABLE_ENTITY, model,
					response);
		}
		try {
			documents.upload(facilitator, clientId, file);
		}
		catch (DocumentRefused e) {
			return refused(facilitator, clientId, e.getMessage(), e.reason().status(), model, response);
		}
		redirect.addFlashAttribute("flash", "Document uploaded.");
		return "redirect:/clients/" + clientId + "#documents";
	}

	/**
	 * An upload over the servlet's multipart limit, which the container refused to read: the file parameter of
	 * {@link #upload} cannot be resolved (multipart requests are resolved lazily, so that this happens here, where the
	 * handler is known, and not before any handler is chosen). The upload form sends its CSRF token in the action's
	 * query too, as a body that is not read has none. Nothing was stored.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView beyondMultipartLimit(HttpServletRequest request, Model model) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		model.addAttribute("documentError", documents.tooLargeToRead().getMessage());
		return page.showRefused(UUID.fromString(path.get("clientId")), model, HttpStatus.PAYLOAD_TOO_LARGE);
	}

	@GetMapping("/clients/{clientId}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID clientId, @PathVariable UUID documentId) {
		DocumentContent content = documents.content(page.facilitator(), clientId, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.mediaType()))
			.contentLength(content.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ClientDocumentController.attachment(content.originalName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content.bytes());
	}

	/** Moving a document to the trash asks first: the button posts without confirmed=yes, the confirm page with it. */
	@PostMapping("/clients/{clientId}/documents/{documentId}/delete")
	String delete(@PathVariable UUID clientId, @PathVariable UUID documentId,
			@RequestParam(defaultValue = "") String confirmed, Model model, RedirectAttributes redirect) {
		String facilitator = page.facilitator();
		if (!"yes".equals(confirmed)) {
			String name = documents.document(facilitator, clientId, documentId).originalName();
			model.addAttribute("question", "Move “" + name + "” to the trash?");
			model.addAttribute("detail", "It leaves the client's documents. You can restore it from the trash for a "
					+ "while; after that it cannot be restored.");
			model.addAttribute("action", "/clients/" + clientId + "/documents/" + documentId + "/delete");
			model.addAttribute("fields", Map.of());
			model.addAttribute("confirmLabel", "Move to the trash");
			model.addAttribute("backLink", "/clients/" + clientId + "#documents");
			return "confirm";
		}
		documents.delete(facilitator, clientId, documentId);
		redirect.addFlashAttribute("flash", "Document moved to the trash. You can restore it from the trash below.");
		return "redirect:/clients/" + clientId + "#documents";
	}

	@PostMapping("/clients/{clientId}/documents/{documentId}/restore")
	String restore(@PathVariable UUID clientId, @PathVariable UUID documentId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String facilitator = page.facilitator();
		try {
			documents.restore(facilitator, clientId, documentId);
		}
		catch (DocumentRefused e) {
			return refused(facilitator, clientId, e.getMessage(), e.reason().status(), model, response);
		}
		redirect.addFlashAttribute("flash", "Document restored.");
		return "redirect:/clients/" + clientId + "#documents";
	}

	/** The client page again with the refusal next to the file field, answered with the refusal's status. */
	private String refused(String facilitator, UUID clientId, String message, HttpStatus status, Model model,
			HttpServletResponse response) {
		model.addAttribute("documentError", message);
		response.setStatus(status.value());
		return page.show(facilitator, clientId, model);
	}

}
