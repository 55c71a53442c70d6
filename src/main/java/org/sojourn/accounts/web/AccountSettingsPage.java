package org.sojourn.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sojourn.accounts.AccountSettings;
import org.sojourn.accounts.JoinRefused;
import org.sojourn.accounts.PasswordRefused;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: name, password, sign-ins; links to second factors and API tokens. */
@Controller
class AccountSettingsPage {

	private final AccountSettings settings;

	private final CurrentUsers users;

	AccountSettingsPage(AccountSettings settings, CurrentUsers users) {
		this.settings = settings;
		this.users = users;
	}

	@GetMapping("/account")
	String account(HttpServletRequest request, Model model) {
		model.addAttribute("account", settings.overview(users.current().username(), signIn(request)));
		return "accounts/account";
	}

	@PostMapping("/account/name")
	String name(@RequestParam(defaultValue = "") String displayName, HttpServletRequest request, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			settings.changeDisplayName(users.current().username(), displayName);
		}
		catch (JoinRefused e) {
			return refused(request, model, response, e.field(), e.getMessage(), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("notice", "Your name was changed.");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String password(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, HttpServletRequest request, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			int ended = settings.changePassword(users.current().username(), currentPassword, newPassword,
					signIn(request));
			redirect.addFlashAttribute("notice",
					"Your password was changed; %d other sign-ins were ended.".formatted(ended));
		}
		catch (JoinRefused e) {
			return refused(request, model, response, e.field(), e.getMessage(), HttpStatus.BAD_REQUEST);
		}
		catch (PasswordRefused e) {
			return refused(request, model, response, "newPassword", e.getMessage(), HttpStatus.BAD_REQUEST);
		}
		return "redirect:/account";
	}

	@PostMapping("/account/sign-out-others")
	String signOutOthers(HttpServletRequest request, RedirectAttributes redirect) {
		int ended = settings.signOutEverywhereElse(users.current().username(), signIn(request));
		redirect.addFlashAttribute("notice", "%d other sign-ins were ended.".formatted(ended));
		return "redirect:/account";
	}

	private String refused(HttpServletRequest request, Model model, HttpServletResponse response, String field,
			String message, HttpStatus status) {
		model.addAttribute("account", settings.overview(users.current().username(), signIn(request)));
		model.addAttribute("errorField", field);
		model.addAttribute("error", message);
		response.setStatus(status.value());
		return "accounts/account";
	}

	private static String signIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getId();
	}

}
