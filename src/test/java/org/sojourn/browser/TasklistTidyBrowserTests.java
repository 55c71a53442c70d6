package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.sojourn.sessions.SessionStep;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist as Sojourn ships it: no end-of-life banner, no "Create task", "Start process" or "Add groups", a link
 * back to Sojourn, and signing out lands on Sojourn's sign-in.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class TasklistTidyBrowserTests {

	@Autowired
	SessionFixtures fixtures;

	@Test
	void tasklistShowsNeitherBannerNorCreateTaskStartProcessOrAddGroupsAndLinksBackToSojourn(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		UUID session = fixtures.session(facilitator, null);
		String task = fixtures.openTask(facilitator, session, SessionStep.CLIENT_INFORMATION).id();

		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD)
			.visit("/camunda/app/tasklist/default/#/?task=" + task);
		// The task's form is shown: Tasklist has rendered its header, task list and task.
		browser.find(By.cssSelector("input[id$='-Field_clientIs21OrOlder-0']"));
		browser.shot();
		for (String hidden : new String[] { ".ce-eol-banner", ".start-process-action", ".create-task-action",
				".actors .groups" }) {
			List<WebElement> found = browser.until(driver -> driver.findElements(By.cssSelector(hidden)));
			assertThat(found).as(hidden).noneMatch(WebElement::isDisplayed);
		}
		assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("migrate to Camunda 8");

		browser.click(By.cssSelector("a.sojourn-back"));
		browser.until(driver -> driver.getCurrentUrl().matches("http://localhost:\\d+/") ? true : null);
		assertThat(browser.find(By.cssSelector("nav .who")).getText()).isEqualTo(facilitator.username());
	}

	@Test
	void signingOutOfTasklistLandsOnSojournsSignIn(Browser browser) {
		CurrentUser facilitator = fixtures.facilitator();
		browser.signIn(facilitator.username(), SessionFixtures.PASSWORD).visit("/camunda/app/tasklist/default/");
		WebElement signOut = browser.until(driver -> driver.findElements(By.cssSelector("li.logout a"))
			.stream()
			.findFirst()
			.orElse(null));
		browser.script("arguments[0].click();", signOut);
		browser.until(driver -> driver.getCurrentUrl().matches("http://localhost:\\d+/login.*") ? true : null);
		browser.find(By.id("username"));
		// Signed out of Sojourn too: its pages ask to sign in again.
		browser.visit("/");
		assertThat(browser.currentUrl()).contains("/login");
	}

}
