package org.sojourn.signin;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticator-app codes (TOTP, RFC 6238: 6 digits, 30-second steps, SHA-1 as every app supports). A code of the
 * step before or after the server's is accepted too (clock drift, typing time), but never a code of a step at or
 * before the last accepted one: each code is accepted once, on whichever node it is typed.
 */
@Service
class AuthenticatorApps {

	static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	private final TotpFactorRepository factors;

	private final Clock clock = Clock.systemUTC();

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	AuthenticatorApps(TotpFactorRepository factors) {
		this.factors = factors;
	}

	/** What the enrolment page shows: the secret as a QR code (data URI) and as text to type. */
	record Enrolment(String secret, String qrCodeDataUri) {
	}

	enum Check {

		ACCEPTED, WRONG, REPLAYED

	}

	@Transactional(readOnly = true)
	boolean isEnrolled(String username) {
		return factors.findById(username).map(TotpFactor::confirmed).orElse(false);
	}

	/** Starts (or starts again) an enrolment with a new secret; an app already confirmed stays as it is. */
	@Transactional
	Optional<Enrolment> start(String username) {
		Optional<TotpFactor> existing = factors.findById(username);
		if (existing.isPresent() && existing.get().confirmed()) {
			return Optional.empty();
		}
		existing.ifPresent(factors::delete);
		factors.flush();
		TotpFactor factor = factors.save(new TotpFactor(username, new DefaultSecretGenerator(32).generate()));
		return Optional.of(enrolment(username, factor.secret()));
	}

	/** The enrolment under way, to show again. */
	@Transactional(readOnly = true)
	Optional<Enrolment> pending(String username) {
		return factors.findById(username)
			.filter(factor -> !factor.confirmed())
			.map(factor -> enrolment(username, factor.secret()));
	}

	/** Confirms an enrolment under way with a code from the app; the code counts as used. */
	@Transactional
	Check confirm(String username, String code) {
		Optional<TotpFactor> factor = factors.findById(username).filter(pending -> !pending.confirmed());
		if (factor.isEmpty()) {
			return Check.WRONG;
		}
		OptionalLong step = matchingStep(factor.get().secret(), code);
		if (step.isEmpty()) {
			return Check.WRONG;
		}
		factor.get().confirm(step.getAsLong());
		return Check.ACCEPTED;
	}

	/** Checks a code at sign-in; an accepted one is marked used in the same statement that accepts it. */
	@Transactional
	Check verify(String username, String code) {
		Optional<TotpFactor> factor = factors.findById(username).filter(TotpFactor::confirmed);
		if (factor.isEmpty()) {
			return Check.WRONG;
		}
		OptionalLong step = matchingStep(factor.get().secret(), code);
		if (step.isEmpty()) {
			return Check.WRONG;
		}
		// A conditional update, not a read then a write: two nodes given the same code accept it once.
		return factors.markUsed(username, step.getAsLong()) == 1 ? Check.ACCEPTED : Check.REPLAYED;
	}

	@Transactional
	boolean remove(String username) {
		if (!factors.existsById(username)) {
			return false;
		}
		factors.deleteById(username);
		return true;
	}

	/** The step (of the current one and its neighbours) whose code this is, if any. */
	private OptionalLong matchingStep(String secret, String code) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			if (sameCode(codeAt(secret, step), typed)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private String codeAt(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("A stored authenticator secret cannot make codes", e);
		}
	}

	private static boolean sameCode(String expected, String typed) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				typed.getBytes(StandardCharsets.US_ASCII));
	}

	private static Enrolment enrolment(String username, String secret) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer("Sojourn")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return new Enrolment(secret,
					dev.samstevens.totp.util.Utils.getDataUriForImage(generator.generate(data),
							generator.getImageMimeType()));
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("The QR code of an enrolment could not be drawn", e);
		}
	}

}
