package org.sojourn.signin;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * The relying party of Sojourn's passkeys (sojourn.webauthn.*): its id (the installation's domain) and the origins
 * its pages are served from. A passkey always verifies its user (PIN or biometrics), so that it alone is a
 * multi-factor authenticator (AAL2) and signs in without password or code; it is discoverable, so that the sign-in
 * page needs no username first.
 */
@Configuration
class PasskeyConfiguration {

	private final String rpId;

	private final Set<String> allowedOrigins = new CopyOnWriteArraySet<>();

	PasskeyConfiguration(@Value("${sojourn.webauthn.rp-id:localhost}") String rpId,
			@Value("${sojourn.webauthn.allowed-origins:http://localhost:8080}") String allowedOrigins) {
		this.rpId = rpId;
		Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(origin -> !origin.isEmpty())
			.forEach(this.allowedOrigins::add);
	}

	@Bean
	Webauthn4JRelyingPartyOperations passkeyRelyingParty(PasskeyUserEntities users, PasskeyCredentials credentials,
			@Value("${sojourn.webauthn.rp-name:Sojourn}") String rpName) {
		// The set is read at every ceremony, so an origin added once the port is known (below) counts from then on.
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build(), allowedOrigins);
		operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria
			.builder()
			.userVerification(UserVerificationRequirement.REQUIRED)
			.residentKey(ResidentKeyRequirement.REQUIRED)
			.build()));
		operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

	/**
	 * With the relying party on localhost (the embedded default, tests), the port Sojourn actually listens on is an
	 * allowed origin too: a random test port or another PORT is known only once the server runs. Browsers offer
	 * passkeys over plain HTTP on localhost alone, and no other machine can serve that origin.
	 */
	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if ("localhost".equals(rpId)) {
			allowedOrigins.add("http://localhost:" + event.getWebServer().getPort());
		}
	}

}
