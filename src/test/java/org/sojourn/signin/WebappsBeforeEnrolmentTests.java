package org.sojourn.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Browser;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone who must enrol a second factor and has not reaches no work in the Camunda webapps either: Tasklist's
 * screens send them to enrolment, its engine API answers 403, engine REST takes no password from them; once enrolled
 * they reach Tasklist as anyone else.
 */
@SojournTest
class WebappsBeforeEnrolmentTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionFixtures fixtures;

	@Autowired
	private ServiceCenters centers;

	@Test
	void tasklistAndItsEngineApiRefuseSomeoneWhoMustEnrolFirst() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		centers.requireSecondFactor(administrator, center.getId(), true);
		Browser browser = http().signedIn(administrator.username());

		Reply tasklist = browser.get("/camunda/app/tasklist/default/");
		Reply tasks = browser.get("/camunda/api/engine/engine/default/task");
		Reply engineRest = http().basic(administrator.username()).get("/engine-rest/task");

		assertThat(tasklist.status()).isEqualTo(302);
		assertThat(tasklist.location()).endsWith("/account/security");
		assertThat(tasks.status()).isEqualTo(403);
		assertThat(tasks.json().path("title").asText()).isEqualTo("Enrol a second factor");
		assertThat(tasks.body()).doesNotContain("\"id\"");
		assertThat(engineRest.status()).isEqualTo(401);
	}

	@Test
	void onceEnrolledTheyReachTasklistAndItsEngineApi() {
		ServiceCenter center = fixtures.center();
		CurrentUser administrator = fixtures.administratorOf(center);
		centers.requireSecondFactor(administrator, center.getId(), true);
		TwoFactorBrowser twoFactor = new TwoFactorBrowser(http());
		TwoFactorBrowser.Enrolled enrolled = twoFactor.enrol(administrator.username());
		Browser browser = twoFactor.afterPassword(enrolled.username());
		assertThat(TwoFactorBrowser.secondStep(browser, enrolled.nextCode()).status()).isEqualTo(302);

		Reply tasklist = browser.get("/camunda/app/tasklist/default/");
		Reply tasks = browser.get("/camunda/api/engine/engine/default/task");

		assertThat(tasklist.status()).isEqualTo(200);
		assertThat(tasks.status()).as("%s", tasks).isEqualTo(200);
	}

	private SojournHttp http() {
		return SojournHttp.onPort(port);
	}

}
