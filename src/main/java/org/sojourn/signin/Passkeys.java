package org.sojourn.signin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's passkeys as its owner sees and removes them; registering and signing in are Spring Security's. */
@Service
class Passkeys {

	/** A passkey on the security page: never its public key, only what the owner recognises it by. */
	record Passkey(String id, String label, Instant createdAt, Instant lastUsedAt) {
	}

	private final PasskeyUserEntities users;

	private final PasskeyCredentials credentials;

	Passkeys(PasskeyUserEntities users, PasskeyCredentials credentials) {
		this.users = users;
		this.credentials = credentials;
	}

	@Transactional(readOnly = true)
	List<Passkey> of(String username) {
		return user(username).map(user -> credentials.findByUserId(user.getId())
			.stream()
			.map(Passkeys::view)
			.toList()).orElse(List.of());
	}

	@Transactional(readOnly = true)
	boolean hasPasskey(String username) {
		return user(username).map(user -> !credentials.findByUserId(user.getId()).isEmpty()).orElse(false);
	}

	/** The user's own passkey with this id; another's, or none, is empty alike. */
	@Transactional(readOnly = true)
	Optional<Passkey> find(String username, String id) {
		return ownRecord(username, id).map(Passkeys::view);
	}

	/** Removes the user's own passkey; false when it is not theirs or does not exist. */
	@Transactional
	boolean remove(String username, String id) {
		Optional<CredentialRecord> own = ownRecord(username, id);
		own.ifPresent(record -> credentials.delete(record.getCredentialId()));
		return own.isPresent();
	}

	private Optional<CredentialRecord> ownRecord(String username, String id) {
		Optional<PublicKeyCredentialUserEntity> user = user(username);
		if (user.isEmpty() || id == null || !id.matches("[A-Za-z0-9_-]{1,1400}")) {
			return Optional.empty();
		}
		return Optional.ofNullable(credentials.findByCredentialId(Bytes.fromBase64(id)))
			.filter(record -> record.getUserEntityUserId().equals(user.get().getId()));
	}

	private Optional<PublicKeyCredentialUserEntity> user(String username) {
		return Optional.ofNullable(users.findByUsername(username));
	}

	private static Passkey view(CredentialRecord record) {
		return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
				record.getLastUsed());
	}

}
