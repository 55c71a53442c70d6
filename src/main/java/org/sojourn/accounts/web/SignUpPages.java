package org.sojourn.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.sojourn.accounts.JoinRefused;
import org.sojourn.accounts.LinkRefused;
import org.sojourn.accounts.NewAccount;
import org.sojourn.accounts.PasswordRefused;
import org.sojourn.accounts.SignUp;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A facilitator's sign-up without invitation: the address first, then, from the mailed link, the account. */
@Controller
class SignUpPages {

	private final SignUp signUp;

	SignUpPages(SignUp signUp) {
		this.signUp = signUp;
	}

	@GetMapping("/signup")
	String form() {
		open();
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String request(@RequestParam(defaultValue = "") String email, Model model) {
		open();
		if (!email.isBlank() && email.length() <= 320 && email.contains("@")) {
			signUp.request(email);
		}
		model.addAttribute("sent", true);
		return "accounts/signup";
	}

	@GetMapping("/signup/{token}")
	String accountForm(@PathVariable String token, Model model) {
		show(token, new NewAccount("", "", "", ""), model);
		return "accounts/join";
	}

	@PostMapping("/signup/{token}")
	String create(@PathVariable String token, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String licenseNumber, Model model, HttpServletResponse response) {
		NewAccount form = new NewAccount(username, displayName, password, licenseNumber);
		try {
			signUp.complete(token, form);
			return "redirect:/login?joined";
		}
		catch (JoinRefused | PasswordRefused e) {
			show(token, new NewAccount(username, displayName, "", licenseNumber), model);
			model.addAttribute("error", e.getMessage());
			response.setStatus(e instanceof JoinRefused refused ? refused.status().value()
					: HttpStatus.BAD_REQUEST.value());
			return "accounts/join";
		}
	}

	@ExceptionHandler(LinkRefused.class)
	String linkRefused(LinkRefused e, Model model, HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("message", e.getMessage());
		return "accounts/link-refused";
	}

	@ExceptionHandler(JoinRefused.class)
	String closed(JoinRefused e, Model model, HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("message", e.getMessage());
		return "accounts/link-refused";
	}

	private void show(String token, NewAccount form, Model model) {
		model.addAttribute("offer", signUp.offer(token));
		model.addAttribute("form", form);
		model.addAttribute("signup", true);
		model.addAttribute("action", "/signup/" + token);
	}

	private void open() {
		if (!signUp.enabled()) {
			throw new JoinRefused("signup", "Sign-up is closed here; ask a service center to invite you.",
					HttpStatus.NOT_FOUND);
		}
	}

}
