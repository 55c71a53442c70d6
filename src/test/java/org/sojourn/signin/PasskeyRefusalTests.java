package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Refusals around passkeys, over HTTP: removing one needs a recent sign-in, another's passkey is missing (404),
 * Spring Security's own removal endpoint is closed, and a passkey is a second factor (HTTP Basic with the password is
 * refused). The passkeys are stored as registration stores them; signing in with one is the browser test's.
 */
@SojournTest
class PasskeyRefusalTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private PasskeyUserEntities users;

	@Autowired
	private PasskeyCredentials credentials;

	@Autowired
	private Passkeys passkeys;

	@Autowired
	private SecondFactors factors;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@Value("${sojourn.security.recent-sign-in:PT15M}")
	private Duration recentSignIn;

	@Test
	void removingAPasskeyWithoutARecentSignInIsRefusedAndKeepsIt() {
		String username = fixtures.facilitator().username();
		Browser browser = http().signedIn(username);
		String id = storedPasskey(username);
		signedInAgo(username, recentSignIn.plusMinutes(1));

		Reply refused = browser.submitForm("/account/security", removal(id), Map.of());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("needs a fresh sign-in");
		assertThat(passkeys.find(username, id)).isPresent();
	}

	@Test
	void removingOnesPasskeyAfterARecentSignInRemovesIt() {
		String username = fixtures.facilitator().username();
		Browser browser = http().signedIn(username);
		String id = storedPasskey(username);

		Reply removed = browser.submitForm("/account/security", removal(id), Map.of());

		assertThat(removed.status()).isEqualTo(302);
		assertThat(passkeys.of(username)).isEmpty();
		assertThat(factors.hasSecondFactor(username)).isFalse();
	}

	@Test
	void anotherUsersPasskeyIsMissingAndStays() {
		String owner = fixtures.facilitator().username();
		String id = storedPasskey(owner);
		Browser stranger = http().signedIn(fixtures.facilitator().username());

		Reply refused = stranger.submitForm("/account/security", removal(id), Map.of());

		assertThat(refused.status()).isEqualTo(404);
		assertThat(passkeys.find(owner, id)).isPresent();
	}

	@Test
	void springSecuritysOwnRemovalEndpointIsClosed() {
		String username = fixtures.facilitator().username();
		Browser browser = http().signedIn(username);
		String id = storedPasskey(username);
		Matcher token = CSRF.matcher(browser.get("/account/security").body());
		assertThat(token.find()).isTrue();

		Reply refused = browser.raw("DELETE", "/webauthn/register/" + id, Map.of("X-CSRF-TOKEN", token.group(1)),
				new byte[0]);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(passkeys.find(username, id)).isPresent();
	}

	@Test
	void aPasskeyIsASecondFactorSoBasicWithThePasswordIsRefused() {
		String username = fixtures.facilitator().username();
		storedPasskey(username);

		assertThat(factors.hasSecondFactor(username)).isTrue();
		assertThat(http().basic(username).get("/api/sessions").status()).isEqualTo(401);
	}

	/** A passkey as registration leaves it (the key itself is never read here: nothing signs in with it). */
	private String storedPasskey(String username) {
		if (users.findByUsername(username) == null) {
			users.save(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(username)
				.displayName(username)
				.build());
		}
		Bytes credentialId = Bytes.random();
		credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(credentialId)
			.userEntityUserId(users.findByUsername(username).getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.attestationObject(new Bytes(new byte[] { 4, 5 }))
			.attestationClientDataJSON(new Bytes(new byte[] { 6 }))
			.label("test key")
			.created(Instant.now())
			.lastUsed(Instant.now())
			.build());
		return credentialId.toBase64UrlString();
	}

	private static String removal(String id) {
		return "/account/security/passkeys/" + id + "/removal";
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void signedInAgo(String username, Duration ago) {
		SignInTimes.signedInAgo(sessions, username, ago);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
