package org.sojourn.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links for mail: 256 random bits, valid {@code sojourn.accounts.link-validity} (24 hours), stored as
 * their SHA-256 only. Issuing a link for a purpose and subject makes every earlier open one stop working.
 */
@Service
class SingleUseLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SingleUseLinkRepository links;

	private final Duration validity;

	SingleUseLinks(SingleUseLinkRepository links, @Value("${sojourn.accounts.link-validity}") Duration validity) {
		this.links = links;
		this.validity = validity;
	}

	/** A new token (to put in the mail; never stored) for the purpose and subject. */
	@Transactional
	Issued issue(LinkPurpose purpose, String subject) {
		Instant now = Instant.now();
		links.supersedeOpen(purpose, subject, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = now.plus(validity);
		links.save(new SingleUseLink(hash(token), purpose, subject, now, expires));
		return new Issued(token, expires);
	}

	/** The link of a token, if it still works; refused otherwise, with nothing changed. */
	@Transactional(readOnly = true)
	SingleUseLink check(LinkPurpose purpose, String token) {
		SingleUseLink link = links.findById(hash(token == null ? "" : token))
			.filter(found -> found.purpose() == purpose)
			.orElseThrow(LinkRefused::unknown);
		if (link.usedAt() != null) {
			throw LinkRefused.used();
		}
		if (link.supersededAt() != null) {
			throw LinkRefused.superseded();
		}
		if (!Instant.now().isBefore(link.expiresAt())) {
			throw LinkRefused.expired();
		}
		return link;
	}

	/** Uses the link up, in the caller's transaction: the change it allows and its use commit together. */
	@Transactional
	SingleUseLink redeem(LinkPurpose purpose, String token) {
		SingleUseLink link = check(purpose, token);
		link.use(Instant.now());
		return links.save(link);
	}

	/** When the link that works now for the purpose and subject expires, if one does. */
	@Transactional(readOnly = true)
	java.util.Optional<Instant> openUntil(LinkPurpose purpose, String subject) {
		return links.findFirstByPurposeAndSubjectAndUsedAtIsNullAndSupersededAtIsNullOrderByIssuedAtDesc(purpose, subject)
			.map(SingleUseLink::expiresAt);
	}

	/** Ends every open link of a subject (an account disabled, a password reset done another way). */
	@Transactional
	void revoke(LinkPurpose purpose, String subject) {
		links.supersedeOpen(purpose, subject, Instant.now());
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	record Issued(String token, Instant expiresAt) {
	}

}
