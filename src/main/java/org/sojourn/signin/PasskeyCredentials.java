package org.sojourn.signin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sojourn.audit.AuditAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkeys, in Sojourn's schema. Spring Security saves a new passkey at registration (which is audited here, as the
 * one place every registration passes) and saves it again after each sign-in with its new signature count and time.
 */
@Repository
class PasskeyCredentials implements UserCredentialRepository {

	static final int LABEL_LENGTH = 100;

	private static final String COLUMNS = "credential_id, user_id, public_key, signature_count, uv_initialized, "
			+ "backup_eligible, backup_state, transports, credential_type, attestation_object, "
			+ "attestation_client_data_json, label, created_at, last_used_at";

	private final JdbcTemplate jdbc;

	private final AccountEvents events;

	PasskeyCredentials(JdbcTemplate jdbc, AccountEvents events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@Transactional
	public void save(CredentialRecord record) {
		int updated = jdbc.update(
				"update app.passkey_credential set signature_count = ?, uv_initialized = ?, backup_state = ?, "
						+ "last_used_at = ? where credential_id = ?",
				record.getSignatureCount(), record.isUvInitialized(), record.isBackupState(),
				Timestamp.from(orNow(record.getLastUsed())), record.getCredentialId().toBase64UrlString());
		if (updated > 0) {
			return;
		}
		jdbc.update("insert into app.passkey_credential (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				record.getCredentialId().toBase64UrlString(), record.getUserEntityUserId().toBase64UrlString(),
				new Bytes(record.getPublicKey().getBytes()).toBase64UrlString(), record.getSignatureCount(),
				record.isUvInitialized(), record.isBackupEligible(), record.isBackupState(),
				record.getTransports().stream().map(AuthenticatorTransport::getValue).collect(Collectors.joining(",")),
				record.getCredentialType().getValue(), base64(record.getAttestationObject()),
				base64(record.getAttestationClientDataJSON()), label(record.getLabel()),
				Timestamp.from(orNow(record.getCreated())), Timestamp.from(orNow(record.getLastUsed())));
		String username = jdbc.queryForObject("select username from app.passkey_user where id = ?", String.class,
				record.getUserEntityUserId().toBase64UrlString());
		events.record(username, AuditAction.CREATE, "second factor added: passkey", "ok");
	}

	@Override
	@Transactional
	public void delete(Bytes credentialId) {
		jdbc.update("delete from app.passkey_credential where credential_id = ?", credentialId.toBase64UrlString());
	}

	@Override
	@Transactional(readOnly = true)
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		List<CredentialRecord> found = jdbc.query(
				"select " + COLUMNS + " from app.passkey_credential where credential_id = ?",
				(rs, row) -> record(rs), credentialId.toBase64UrlString());
		return found.isEmpty() ? null : found.get(0);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return jdbc.query("select " + COLUMNS + " from app.passkey_credential where user_id = ? order by created_at",
				(rs, row) -> record(rs), userId.toBase64UrlString());
	}

	private static CredentialRecord record(ResultSet rs) throws SQLException {
		String transports = rs.getString("transports");
		Set<AuthenticatorTransport> transportSet = transports == null || transports.isEmpty() ? Set.of()
				: Arrays.stream(transports.split(",")).map(AuthenticatorTransport::valueOf).collect(Collectors.toSet());
		return ImmutableCredentialRecord.builder()
			.credentialId(Bytes.fromBase64(rs.getString("credential_id")))
			.userEntityUserId(Bytes.fromBase64(rs.getString("user_id")))
			.publicKey(new ImmutablePublicKeyCose(Bytes.fromBase64(rs.getString("public_key")).getBytes()))
			.signatureCount(rs.getLong("signature_count"))
			.uvInitialized(rs.getBoolean("uv_initialized"))
			.backupEligible(rs.getBoolean("backup_eligible"))
			.backupState(rs.getBoolean("backup_state"))
			.transports(transportSet)
			.credentialType(PublicKeyCredentialType.valueOf(rs.getString("credential_type")))
			.attestationObject(bytes(rs.getString("attestation_object")))
			.attestationClientDataJSON(bytes(rs.getString("attestation_client_data_json")))
			.label(rs.getString("label"))
			.created(rs.getTimestamp("created_at").toInstant())
			.lastUsed(rs.getTimestamp("last_used_at").toInstant())
			.build();
	}

	private static String base64(Bytes bytes) {
		return bytes == null ? null : bytes.toBase64UrlString();
	}

	private static Bytes bytes(String base64) {
		return base64 == null ? null : Bytes.fromBase64(base64);
	}

	private static String label(String label) {
		String trimmed = label == null || label.isBlank() ? "Passkey" : label.strip();
		return trimmed.length() > LABEL_LENGTH ? trimmed.substring(0, LABEL_LENGTH) : trimmed;
	}

	private static Instant orNow(Instant at) {
		return at == null ? Instant.now() : at;
	}

}
