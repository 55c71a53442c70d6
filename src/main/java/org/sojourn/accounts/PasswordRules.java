package org.sojourn.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B-4's rules for a password that is being set: at least 15 characters when it is the only factor, 8
 * with a second factor; up to 256 characters, any characters (counted as Unicode code points); no composition rules;
 * not one of the 30,000 most common passwords of leaked sets, nor the username or email. Passwords already set are
 * never re-checked: the rules apply when a password is chosen.
 */
@Component
public class PasswordRules {

	static final int ONLY_FACTOR_MINIMUM = 15;

	static final int WITH_SECOND_FACTOR_MINIMUM = 8;

	static final int MAXIMUM = 256;

	private final Set<String> common;

	private final ObjectProvider<SecondFactors> secondFactors;

	PasswordRules(ObjectProvider<SecondFactors> secondFactors) {
		this.secondFactors = secondFactors;
		this.common = load();
	}

	/** The shortest password the account may choose now. */
	public int minimumFor(String username) {
		SecondFactors factors = secondFactors.getIfAvailable();
		boolean second = username != null && factors != null && factors.hasSecondFactor(username);
		return second ? WITH_SECOND_FACTOR_MINIMUM : ONLY_FACTOR_MINIMUM;
	}

	/** Refuses a password the rules do not allow, saying why. */
	public void check(String username, String email, String password) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		int minimum = minimumFor(username);
		if (length < minimum) {
			throw new PasswordRefused(("Choose a password of at least %d characters. A long phrase of ordinary words is "
					+ "easy to remember and hard to guess.").formatted(minimum));
		}
		if (length > MAXIMUM) {
			throw new PasswordRefused("Choose a password of at most %d characters.".formatted(MAXIMUM));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			throw new PasswordRefused("This password is among the most common ones in leaked password lists. Choose "
					+ "another.");
		}
		if ((username != null && lower.equals(username.toLowerCase(Locale.ROOT)))
				|| (email != null && lower.equals(email.toLowerCase(Locale.ROOT)))) {
			throw new PasswordRefused("Choose a password that is not your username or email address.");
		}
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("passwords/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> words.add(
					line.strip().toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}

}
