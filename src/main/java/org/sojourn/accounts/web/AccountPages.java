package org.sojourn.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.sojourn.accounts.JoinRefused;
import org.sojourn.accounts.Joining;
import org.sojourn.accounts.LinkRefused;
import org.sojourn.accounts.NewAccount;
import org.sojourn.accounts.PasswordRecovery;
import org.sojourn.accounts.PasswordRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of mailed links, for people not signed in: creating an account from an invitation, asking for a password
 * reset and choosing the new password. A link that does not work shows why (404 or 410); a refused field shows next
 * to the field (400 or 409) with what was typed kept, except the password.
 */
@Controller
class AccountPages {

	private final Joining joining;

	private final PasswordRecovery recovery;

	AccountPages(Joining joining, PasswordRecovery recovery) {
		this.joining = joining;
		this.recovery = recovery;
	}

	@GetMapping("/join/{token}")
	String joinForm(@PathVariable String token, Model model) {
		model.addAttribute("offer", joining.offer(token));
		model.addAttribute("form", new NewAccount("", "", "", ""));
		model.addAttribute("action", "/join/" + token);
		return "accounts/join";
	}

	@PostMapping("/join/{token}")
	String join(@PathVariable String token, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String licenseNumber, Model model, HttpServletResponse response) {
		NewAccount form = new NewAccount(username, displayName, password, licenseNumber);
		try {
			joining.join(token, form);
			return "redirect:/login?joined";
		}
		catch (JoinRefused e) {
			return refusedJoin(token, form, e.field(), e.getMessage(), e.status(), model, response);
		}
		catch (PasswordRefused e) {
			return refusedJoin(token, form, "password", e.getMessage(), HttpStatus.BAD_REQUEST, model, response);
		}
	}

	@GetMapping("/forgot-password")
	String forgotForm() {
		return "accounts/forgot";
	}

	@PostMapping("/forgot-password")
	String forgot(@RequestParam(defaultValue = "") String email, Model model) {
		if (!email.isBlank() && email.length() <= 320) {
			recovery.requestReset(email.strip());
		}
		model.addAttribute("sent", true);
		return "accounts/forgot";
	}

	@GetMapping("/password-reset/{token}")
	String resetForm(@PathVariable String token, Model model) {
		model.addAttribute("minimum", recovery.passwordMinimum(token));
		return "accounts/reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
			HttpServletResponse response) {
		try {
			recovery.reset(token, password);
			return "redirect:/login?reset";
		}
		catch (PasswordRefused e) {
			model.addAttribute("minimum", recovery.passwordMinimum(token));
			model.addAttribute("error", e.getMessage());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "accounts/reset";
		}
	}

	@ExceptionHandler(LinkRefused.class)
	String linkRefused(LinkRefused e, Model model, HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("message", e.getMessage());
		return "accounts/link-refused";
	}

	private String refusedJoin(String token, NewAccount typed, String field, String message, HttpStatus status,
			Model model, HttpServletResponse response) {
		model.addAttribute("offer", joining.offer(token));
		model.addAttribute("action", "/join/" + token);
		model.addAttribute("form", new NewAccount(typed.username(), typed.displayName(), "", typed.licenseNumber()));
		model.addAttribute("errorField", field);
		model.addAttribute("error", message);
		response.setStatus(status.value());
		return "accounts/join";
	}

}
