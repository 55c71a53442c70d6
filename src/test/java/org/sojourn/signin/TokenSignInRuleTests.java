package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An API token's request reads the enrolment rule with its sign-in, in the token's transaction (TokenSignInRule):
 * still at every request, so a center that starts or stops requiring a second factor counts at the next one, on the
 * API and on engine REST.
 */
@SojournTest
class TokenSignInRuleTests {

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">(sjt_[A-Za-z0-9_-]+)</code>");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private ServiceCenters centers;

	@Test
	void aTokenOfSomeoneWhoseCenterStartsRequiringASecondFactorIsRefusedAtTheNextRequestAndNotOnceItStops() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		CurrentUser facilitator = fixtures.facilitator();
		fixtures.enroll(facilitator, center);
		Api api = api(token(facilitator));
		assertThat(api.get("/api/sessions").status()).isEqualTo(200);

		centers.requireSecondFactor(administrator, center.getId(), true);

		Reply refused = api.get("/api/sessions");
		assertThat(refused.status()).as("%s", refused).isEqualTo(403);
		assertThat(refused.json().path("title").asText()).isEqualTo("Enrol a second factor");
		assertThat(api.get("/engine-rest/task").status()).isEqualTo(403);

		centers.requireSecondFactor(administrator, center.getId(), false);

		assertThat(api.get("/api/sessions").status()).isEqualTo(200);
		assertThat(api.get("/engine-rest/task").status()).isEqualTo(200);
	}

	/** Requests with the bearer token. */
	private record Api(SojournHttp.Door door, String token) {

		Reply get(String path) {
			return door.raw("GET", path, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"),
					null);
		}

	}

	private Api api(String token) {
		return new Api(SojournHttp.onPort(port).anonymous(), token);
	}

	private String token(CurrentUser user) {
		Reply made = SojournHttp.onPort(port)
			.signedIn(user.username())
			.submitForm("/account/tokens", "/account/tokens", Map.of("name", "rule", "days", "30"));
		Matcher secret = SECRET.matcher(made.body());
		assertThat(secret.find()).as("the new token is shown: %s", made).isTrue();
		return secret.group(1);
	}

}
