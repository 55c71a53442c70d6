package org.sojourn.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournHttp;
import org.sojourn.SojournHttp.Reply;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/** The list, the header's count and marking read over HTTP; nobody reads or marks another person's notifications. */
@SojournTest
class NotificationAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures fixtures;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	NotificationPreferences preferences;

	@Test
	void theHeaderCountsUnreadAndMarkingOneAndAllReadOverThePageClearsIt() {
		CurrentUser facilitator = fixtures.facilitator();
		UUID first = fixtures.session(facilitator, null);
		fixtures.session(facilitator, null);
		SojournHttp.Browser browser = SojournHttp.onPort(port).signedIn(facilitator.username());

		Reply page = browser.get("/notifications");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"unread-count\">2<", "A task waits for you: Client information.",
				"href=\"/sessions/" + first + "\"");
		UUID one = newest(facilitator);

		Reply marked = browser.submitForm("/notifications", "/notifications/" + one + "/read", Map.of());
		assertThat(marked.status()).isEqualTo(302);
		assertThat(marked.location()).endsWith("/notifications");
		Reply after = browser.get("/notifications");
		assertThat(after.body()).contains("Marked as read.", "id=\"unread-count\">1<");

		browser.submitForm("/notifications", "/notifications/read", Map.of());
		Reply home = browser.get("/");
		assertThat(home.body()).contains("id=\"notifications-link\"").doesNotContain("id=\"unread-count\"");
		assertThat(inbox.unread(facilitator.username())).isZero();
	}

	@Test
	void theApiListsOnlyTheCallersNotificationsAndAnotherPersonsAreMissing() {
		CurrentUser owner = fixtures.facilitator();
		CurrentUser other = fixtures.facilitator();
		fixtures.session(owner, null);
		UUID ownersNotification = newest(owner);
		SojournHttp http = SojournHttp.onPort(port);

		assertThat(http.basic(owner.username()).get("/api/notifications").ids("content", "id"))
			.containsExactly(ownersNotification.toString());
		assertThat(http.basic(other.username()).get("/api/notifications").ids("content", "id"))
			.doesNotContain(ownersNotification.toString());

		Reply refused = http.basic(other.username()).post("/api/notifications/" + ownersNotification + "/read", Map.of());
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		Reply page = http.signedIn(other.username())
			.submitForm("/notifications", "/notifications/" + ownersNotification + "/read", Map.of());
		assertThat(page.status()).isEqualTo(404);
		assertThat(inbox.unread(owner.username())).as("still unread").isEqualTo(1);

		Reply read = http.basic(owner.username()).post("/api/notifications/" + ownersNotification + "/read", Map.of());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("readAt").isNull()).isFalse();
		assertThat(http.basic(owner.username()).get("/api/notifications/unread-count").json().path("unread").asLong())
			.isZero();
	}

	@Test
	void preferencesAreSavedOnTheAccountsNotificationsPageWithTheAlwaysOnKindsShownButNotSwitchable() {
		CurrentUser person = fixtures.facilitator();
		SojournHttp.Browser browser = SojournHttp.onPort(port).signedIn(person.username());
		Reply page = browser.get("/account/notifications");
		assertThat(page.status()).isEqualTo(200);
		String adverse = page.body().substring(page.body().indexOf("value=\"ADVERSE_REACTION\""));
		assertThat(adverse.substring(0, adverse.indexOf('>'))).contains("checked=\"checked\"", "disabled=\"disabled\"");

		Reply saved = browser.submitForm("/account/notifications", "/account/notifications",
				Map.of("delivery", "digest", "mailed", NotificationKind.QUARTERLY_REPORT_DUE.name()));
		assertThat(saved.status()).isEqualTo(302);

		NotificationPreferences.Choices choices = preferences.of(person.username());
		assertThat(choices.dailyDigest()).isTrue();
		assertThat(choices.kinds()).filteredOn(NotificationPreferences.KindChoice::mailed)
			.extracting(NotificationPreferences.KindChoice::kind)
			.containsExactlyInAnyOrder(NotificationKind.QUARTERLY_REPORT_DUE, NotificationKind.ADVERSE_REACTION,
					NotificationKind.PREPARATION_WINDOW_ENDING, NotificationKind.PREPARATION_WINDOW_LAPSED);
	}

	private UUID newest(CurrentUser person) {
		return inbox.list(person.username(), PageRequest.of(0, 1)).getContent().get(0).id();
	}


}
