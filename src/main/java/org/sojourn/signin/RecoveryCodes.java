package org.sojourn.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time recovery codes: ten per account, shown once, kept as hashes, each accepted once. A code carries about 119
 * random bits (24 characters of an alphabet of 31), enough that NIST SP 800-63B lets it be kept as a plain SHA-256 hash
 * (no salt, no slow hash), which can then be looked up directly.
 */
@Service
class RecoveryCodes {

	static final int COUNT = 10;

	/** No 0/o, 1/l/i: a code copied by hand is read back as written. */
	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final int LENGTH = 24;

	private final SecureRandom random = new SecureRandom();

	private final RecoveryCodeRepository codes;

	RecoveryCodes(RecoveryCodeRepository codes) {
		this.codes = codes;
	}

	/** Replaces every code of the account by ten new ones, answered once, in the form to show. */
	@Transactional
	List<String> regenerate(String username) {
		codes.deleteByUsername(username);
		List<String> fresh = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.save(new RecoveryCode(hash(code), username));
			fresh.add(shown(code));
		}
		return fresh;
	}

	@Transactional(readOnly = true)
	long unused(String username) {
		return codes.countUnused(username);
	}

	/** Uses a code of the account: true once per code; a used, unknown or other account's code is false. */
	@Transactional
	boolean use(String username, String typed) {
		// A conditional update: two nodes given the same code accept it once.
		return codes.markUsed(hash(normalized(typed)), username, Instant.now()) == 1;
	}

	@Transactional
	void removeAll(String username) {
		codes.deleteByUsername(username);
	}

	/** Whether what was typed has the shape of a recovery code rather than an app's six digits. */
	static boolean looksLikeOne(String typed) {
		return normalized(typed).length() == LENGTH;
	}

	private String newCode() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** Groups of four, easier to copy: "abcd-efgh-...". */
	private static String shown(String code) {
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < code.length(); i += 4) {
			if (i > 0) {
				shown.append('-');
			}
			shown.append(code, i, i + 4);
		}
		return shown.toString();
	}

	private static String normalized(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
