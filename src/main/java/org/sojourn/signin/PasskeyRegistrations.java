package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * A passkey registration under way (its challenge, between the options and the browser's answer), in the HTTP
 * session as Spring Security's default keeps it, but as a small serializable record: sessions live in the database
 * and Spring Security's option objects are not serializable. What verification reads is kept; user verification and
 * the algorithms are the ones {@link PasskeyConfiguration} always asks for.
 */
@Component
class PasskeyRegistrations implements PublicKeyCredentialCreationOptionsRepository {

	private static final String ATTRIBUTE = "sojourn.passkey.registration";

	record Registration(String rpId, String rpName, byte[] challenge, byte[] userId, String username,
			String displayName, long timeoutMillis) implements Serializable {
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		request.getSession()
			.setAttribute(ATTRIBUTE, new Registration(options.getRp().getId(), options.getRp().getName(),
					options.getChallenge().getBytes(), options.getUser().getId().getBytes(),
					options.getUser().getName(), options.getUser().getDisplayName(),
					options.getTimeout() == null ? Duration.ofMinutes(5).toMillis() : options.getTimeout().toMillis()));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Registration kept)) {
			return null;
		}
		return PublicKeyCredentialCreationOptions.builder()
			.rp(PublicKeyCredentialRpEntity.builder().id(kept.rpId()).name(kept.rpName()).build())
			.user(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(new Bytes(kept.userId()))
				.name(kept.username())
				.displayName(kept.displayName())
				.build())
			.challenge(new Bytes(kept.challenge()))
			.pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
					PublicKeyCredentialParameters.RS256)
			.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
				.userVerification(UserVerificationRequirement.REQUIRED)
				.residentKey(ResidentKeyRequirement.REQUIRED)
				.build())
			.timeout(Duration.ofMillis(kept.timeoutMillis()))
			.build();
	}

}
