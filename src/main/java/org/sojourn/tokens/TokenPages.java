package org.sojourn.tokens;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account's API tokens page. Pages sign in with the login form only, so a token is made after a full sign-in,
 * never with HTTP Basic or another token. A new token is shown on the answer to its creation, once.
 */
@Controller
class TokenPages {

	private final ApiTokens tokens;

	TokenPages(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Principal principal, Model model) {
		return page(principal, model);
	}

	@PostMapping("/account/tokens")
	String create(Principal principal, @RequestParam(required = false) String name,
			@RequestParam(required = false) Integer days, HttpServletRequest request, Model model) {
		try {
			model.addAttribute("created", tokens.create(principal.getName(), name, days, request.getRemoteAddr()));
		}
		catch (ApiTokens.TokenRefused refused) {
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("name", name);
		}
		return page(principal, model);
	}

	@PostMapping("/account/tokens/{id}/revocation")
	String revoke(Principal principal, @PathVariable UUID id, HttpServletRequest request, Model model) {
		try {
			tokens.revoke(principal.getName(), id, request.getRemoteAddr());
			model.addAttribute("revoked", true);
		}
		catch (ApiTokens.TokenRefused refused) {
			model.addAttribute("error", refused.getMessage());
		}
		return page(principal, model);
	}

	private String page(Principal principal, Model model) {
		model.addAttribute("tokens", tokens.list(principal.getName()));
		model.addAttribute("defaultDays", tokens.defaultDays());
		model.addAttribute("maxDays", tokens.maxDays());
		return "account/tokens";
	}

}
