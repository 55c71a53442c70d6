package org.sojourn.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.sojourn.accounts.Joining;
import org.sojourn.accounts.NewAccount;
import org.sojourn.accounts.PasswordRecovery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Mailed links through the API, for people without a sign-in yet: an invitation's account, a password reset. */
@RestController
class AccountApi {

	private final Joining joining;

	private final PasswordRecovery recovery;

	AccountApi(Joining joining, PasswordRecovery recovery) {
		this.joining = joining;
		this.recovery = recovery;
	}

	record ResetRequest(@NotBlank(message = "Give the email address of your account.") @Size(max = 320) String email) {
	}

	record NewPassword(@Size(max = 4096) String password) {
	}

	@GetMapping("/api/join/{token}")
	Joining.Offer offer(@PathVariable String token) {
		return joining.offer(token);
	}

	@PostMapping("/api/join/{token}")
	ResponseEntity<Map<String, String>> join(@PathVariable String token, @RequestBody NewAccount request) {
		String username = joining.join(token, request);
		return ResponseEntity.created(URI.create("/api/centers")).body(Map.of("username", username));
	}

	/** Always 202, whether or not an account has the address. */
	@PostMapping("/api/password-reset")
	ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest request) {
		recovery.requestReset(request.email());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/api/password-reset/{token}")
	ResponseEntity<Void> reset(@PathVariable String token, @RequestBody NewPassword request) {
		recovery.reset(token, request.password());
		return ResponseEntity.noContent().build();
	}

}
