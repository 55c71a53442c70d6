package org.sojourn.accounts.web;

import org.sojourn.accounts.AccountAdministration;
import org.sojourn.accounts.JoinRefused;
import org.sojourn.identity.CurrentUsers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operators: every account with its last sign-in; disable and enable again. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class OperatorAccountsPage {

	private final AccountAdministration administration;

	private final CurrentUsers users;

	OperatorAccountsPage(AccountAdministration administration, CurrentUsers users) {
		this.administration = administration;
		this.users = users;
	}

	@GetMapping("/operator/accounts")
	String accounts(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", administration.list(users.current(),
				PageRequest.of(Math.max(page, 0), 50, Sort.by("username"))));
		return "accounts/operator-accounts";
	}

	@PostMapping("/operator/accounts/{username}/disable")
	String disable(@PathVariable String username, RedirectAttributes redirect) {
		try {
			administration.disable(users.current(), username);
			redirect.addFlashAttribute("notice", username + " is disabled and signed out everywhere.");
		}
		catch (JoinRefused e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/operator/accounts";
	}

	@PostMapping("/operator/accounts/{username}/enable")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		administration.enable(users.current(), username);
		redirect.addFlashAttribute("notice", username + " may sign in again.");
		return "redirect:/operator/accounts";
	}

}
