package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * A passkey sign-in under way (its challenge), in the database-held HTTP session as a serializable record, for the
 * reason {@link PasskeyRegistrations} gives. User verification is always required (see {@link PasskeyConfiguration}).
 */
@Component
class PasskeyAuthentications implements PublicKeyCredentialRequestOptionsRepository {

	private static final String ATTRIBUTE = "sojourn.passkey.authentication";

	record Authentication(String rpId, byte[] challenge, long timeoutMillis) implements Serializable {
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialRequestOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		request.getSession()
			.setAttribute(ATTRIBUTE, new Authentication(options.getRpId(), options.getChallenge().getBytes(),
					options.getTimeout() == null ? Duration.ofMinutes(5).toMillis() : options.getTimeout().toMillis()));
	}

	@Override
	public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Authentication kept)) {
			return null;
		}
		return PublicKeyCredentialRequestOptions.builder()
			.rpId(kept.rpId())
			.challenge(new Bytes(kept.challenge()))
			.userVerification(UserVerificationRequirement.REQUIRED)
			.timeout(Duration.ofMillis(kept.timeoutMillis()))
			.build();
	}

}
