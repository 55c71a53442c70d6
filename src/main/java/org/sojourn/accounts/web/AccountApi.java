package org.sojourn.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.sojourn.accounts.Joining;
import org.sojourn.accounts.NewAccount;
import org.sojourn.accounts.JoinRefused;
import org.sojourn.accounts.PasswordRecovery;
import org.sojourn.accounts.SignUp;
import org.springframework.http.HttpStatus;
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

	private final SignUp signUp;

	AccountApi(Joining joining, PasswordRecovery recovery, SignUp signUp) {
		this.joining = joining;
		this.recovery = recovery;
		this.signUp = signUp;
	}

	/** role and centerId are refused: nobody signs up into a center. */
	record SignUpRequest(@NotBlank(message = "Give your email address.") @Size(max = 320) String email, String role,
			String centerId) {
	}

	/** Always 202, whether or not the address has an account; the mailed link confirms it. */
	@PostMapping("/api/signup")
	ResponseEntity<Void> signUp(@Valid @RequestBody SignUpRequest request) {
		if (request.role() != null || request.centerId() != null) {
			throw new JoinRefused("role", "Sign-up makes a facilitator's account and joins no center. Center "
					+ "administrators are invited by their center, or named when the center is registered.",
					HttpStatus.UNPROCESSABLE_ENTITY);
		}
		signUp.request(request.email());
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/api/signup/{token}")
	SignUp.Offer signUpOffer(@PathVariable String token) {
		return signUp.offer(token);
	}

	@PostMapping("/api/signup/{token}")
	ResponseEntity<Map<String, String>> completeSignUp(@PathVariable String token,
			@RequestBody NewAccount request) {
		String username = signUp.complete(token, request);
		return ResponseEntity.created(URI.create("/api/clients")).body(Map.of("username", username));
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
