package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;

/** Enrols an authenticator app through the pages and signs in with its codes, as its owner would. */
final class TwoFactorBrowser {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY_CODE = Pattern.compile("class=\"recovery-code\">([a-z0-9-]+)<");

	private final SojournHttp http;

	TwoFactorBrowser(SojournHttp http) {
		this.http = http;
	}

	/** An account with a confirmed authenticator app, the step its confirmation used, and its recovery codes. */
	record Enrolled(String username, String secret, long confirmedStep, List<String> recoveryCodes) {

		/** The app's code for the step this many steps from now (-1, 0 or +1 are accepted). */
		String code(int stepsFromNow) {
			return codeAt(nowStep() + stepsFromNow);
		}

		/**
		 * A code not used yet: of a later step than the confirmation's, and of now or the next step, so that a slow
		 * request still arrives while it is accepted.
		 */
		String nextCode() {
			return codeAt(Math.max(confirmedStep + 1, nowStep()));
		}

		String codeAt(long step) {
			try {
				return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
			}
			catch (CodeGenerationException e) {
				throw new IllegalStateException(e);
			}
		}

		static long nowStep() {
			return Instant.now().getEpochSecond() / AuthenticatorApps.PERIOD_SECONDS;
		}

	}

	/** Enrols, confirming with the code of now: later steps' codes remain for signing in. */
	Enrolled enrol(String username) {
		Browser browser = http.signedIn(username);
		Reply start = browser.submitForm("/account/security", "/account/security/authenticator", Map.of());
		assertThat(start.status()).as("start enrolment: %s", start).isEqualTo(302);
		Reply page = browser.get("/account/security");
		assertThat(page.body()).contains("data:image/png;base64,");
		Matcher secret = SECRET.matcher(page.body());
		assertThat(secret.find()).as("the page shows the secret: %s", page).isTrue();
		long step = Enrolled.nowStep();
		Enrolled enrolled = new Enrolled(username, secret.group(1), step, List.of());
		Reply confirmed = browser.submitForm("/account/security", "/account/security/authenticator/confirmation",
				Map.of("code", enrolled.codeAt(step)));
		assertThat(confirmed.status()).as("confirm: %s", confirmed).isEqualTo(302);
		Reply shown = browser.get("/account/security");
		assertThat(shown.body()).contains("An authenticator app is enrolled");
		return new Enrolled(username, enrolled.secret(), step, recoveryCodes(shown.body()));
	}

	static List<String> recoveryCodes(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY_CODE.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	/** The password step: answers a browser that now waits at the second step. */
	Browser afterPassword(String username) {
		Browser browser = http.browser();
		Reply password = browser.signIn(username, SessionFixtures.PASSWORD);
		assertThat(password.status()).isEqualTo(302);
		assertThat(password.location()).endsWith("/login/second-factor");
		return browser;
	}

	static Reply secondStep(Browser browser, String code) {
		return browser.submitForm("/login/second-factor", "/login/second-factor", Map.of("code", code));
	}

}
