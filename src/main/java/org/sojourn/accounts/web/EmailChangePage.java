package org.sojourn.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sojourn.accounts.AccountSettings;
import org.sojourn.accounts.EmailChange;
import org.sojourn.accounts.JoinRefused;
import org.sojourn.accounts.LinkRefused;
import org.sojourn.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving the account to another email address: asked on the account page with the current password, confirmed by the
 * link mailed to the new address, signed in to the same account (so that a mistyped address's owner cannot take the
 * account over by confirming it). Opening the link only shows what it would change; the button changes it, so that
 * a mail program that fetches links changes nothing.
 */
@Controller
class EmailChangePage {

	private final EmailChange emailChange;

	private final AccountSettings settings;

	private final CurrentUsers users;

	EmailChangePage(EmailChange emailChange, AccountSettings settings, CurrentUsers users) {
		this.emailChange = emailChange;
		this.settings = settings;
		this.users = users;
	}

	@PostMapping("/account/email")
	String request(@RequestParam(defaultValue = "") String newEmail,
			@RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			emailChange.request(users.current().username(), currentPassword, newEmail);
		}
		catch (JoinRefused e) {
			model.addAttribute("account", settings.overview(users.current().username(), signIn(request)));
			model.addAttribute("errorField", e.field());
			model.addAttribute("error", e.getMessage());
			response.setStatus(e.status().value());
			return "accounts/account";
		}
		redirect.addFlashAttribute("notice", "We sent a link to the new address. Your email changes when you follow "
				+ "it, signed in; until then it stays as it is.");
		return "redirect:/account";
	}

	@GetMapping("/account/email/{token}")
	String confirmForm(@PathVariable String token, Model model) {
		model.addAttribute("newEmail", emailChange.offer(users.current().username(), token));
		model.addAttribute("action", "/account/email/" + token);
		return "accounts/email-confirm";
	}

	@PostMapping("/account/email/{token}")
	String confirm(@PathVariable String token, HttpServletRequest request, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			String address = emailChange.confirm(users.current().username(), token, signIn(request));
			redirect.addFlashAttribute("notice",
					"Your email is now %s; every other sign-in was ended.".formatted(address));
			return "redirect:/account";
		}
		catch (JoinRefused e) {
			response.setStatus(e.status().value());
			model.addAttribute("message", e.getMessage());
			model.addAttribute("reason", "taken");
			return "accounts/link-refused";
		}
	}

	@ExceptionHandler(LinkRefused.class)
	String linkRefused(LinkRefused e, Model model, HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("message", e.getMessage());
		model.addAttribute("reason", e.reason());
		return "accounts/link-refused";
	}

	private static String signIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getId();
	}

}
