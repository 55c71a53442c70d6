package org.sojourn.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.identity.Throttles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Limits the requests that send mail to an address someone types (forgot password, sign-up, a resent invitation,
 * an email change): per address and kind of request, and per client address across all of them, counted in the
 * database ({@link Throttles}). Over a limit the caller answers as always and sends nothing, so that the answer
 * still says nothing about the address; one log line says so, with the address masked.
 */
@Component
class MailRequestThrottle {

	private static final Logger log = LoggerFactory.getLogger(MailRequestThrottle.class);

	enum Request {

		PASSWORD_RESET, SIGN_UP, INVITATION_RESENT, EMAIL_CHANGE

	}

	private final Throttles throttles;

	private final Throttles.Limit perAddress;

	private final Throttles.Limit perClient;

	MailRequestThrottle(Throttles throttles, @Value("${sojourn.mail.throttle.per-address}") int perAddress,
			@Value("${sojourn.mail.throttle.per-client}") int perClient,
			@Value("${sojourn.mail.throttle.window}") Duration window) {
		this.throttles = throttles;
		this.perAddress = new Throttles.Limit(perAddress, window);
		this.perClient = new Throttles.Limit(perClient, window);
	}

	/** Whether a mail of this kind may go to the address now, asked from the current request's client address. */
	boolean allows(Request request, String address) {
		return allows(request, address, clientAddress());
	}

	boolean allows(Request request, String address, String clientAddress) {
		String normalized = Joining.strip(address).toLowerCase(Locale.ROOT);
		// The address is kept as its digest: the table never lists the addresses people asked about.
		boolean addressAllowed = throttles.tryAcquire("mail:" + request.name().toLowerCase(Locale.ROOT),
				SingleUseLinks.hash(normalized), perAddress);
		boolean clientAllowed = clientAddress == null
				|| throttles.tryAcquire("mail-client", clientAddress, perClient);
		if (!addressAllowed || !clientAllowed) {
			log.warn("Mail not sent ({} to {}): over the limit {}", request, mask(normalized),
					addressAllowed ? "of requests from one client address" : "for one address");
			return false;
		}
		return true;
	}

	/** "j***@example.org": enough to tell two incidents apart, not the address. */
	static String mask(String address) {
		int at = address.lastIndexOf('@');
		if (at < 1) {
			return "***";
		}
		return address.charAt(0) + "***" + address.substring(at);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
