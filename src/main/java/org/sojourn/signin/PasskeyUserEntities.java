package org.sojourn.signin;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The WebAuthn user handles of accounts, in Sojourn's schema (Spring Security's JDBC repository names its table
 * without one). A handle is random, so an authenticator stores no username of its own.
 */
@Repository
class PasskeyUserEntities implements PublicKeyCredentialUserEntityRepository {

	private static final RowMapper<PublicKeyCredentialUserEntity> ROW = (rs, row) -> ImmutablePublicKeyCredentialUserEntity
		.builder()
		.id(Bytes.fromBase64(rs.getString("id")))
		.name(rs.getString("username"))
		.displayName(rs.getString("display_name"))
		.build();

	private final JdbcTemplate jdbc;

	PasskeyUserEntities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public PublicKeyCredentialUserEntity findById(Bytes id) {
		return first(jdbc.query("select id, username, display_name from app.passkey_user where id = ?", ROW,
				id.toBase64UrlString()));
	}

	@Override
	@Transactional(readOnly = true)
	public PublicKeyCredentialUserEntity findByUsername(String username) {
		return first(jdbc.query("select id, username, display_name from app.passkey_user where username = ?", ROW,
				username));
	}

	@Override
	@Transactional
	public void save(PublicKeyCredentialUserEntity entity) {
		int updated = jdbc.update("update app.passkey_user set display_name = ? where id = ?",
				displayName(entity), entity.getId().toBase64UrlString());
		if (updated == 0) {
			jdbc.update("insert into app.passkey_user (id, username, display_name) values (?, ?, ?)",
					entity.getId().toBase64UrlString(), entity.getName(), displayName(entity));
		}
	}

	@Override
	@Transactional
	public void delete(Bytes id) {
		jdbc.update("delete from app.passkey_credential where user_id = ?", id.toBase64UrlString());
		jdbc.update("delete from app.passkey_user where id = ?", id.toBase64UrlString());
	}

	private static String displayName(PublicKeyCredentialUserEntity entity) {
		String name = entity.getDisplayName() == null ? entity.getName() : entity.getDisplayName();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private static <T> T first(List<T> found) {
		return found.isEmpty() ? null : found.get(0);
	}

}
