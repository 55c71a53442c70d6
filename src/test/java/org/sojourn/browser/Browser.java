package org.sojourn.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * The machine's headless Chromium, driven through Debian's chromedriver (never a downloaded browser). Every page it
 * shows is kept as a screenshot, written under target/browser-screenshots only when the test fails.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final WebDriver driver;

	private final String baseUrl;

	private final Path profile;

	private final List<byte[]> screenshots = new ArrayList<>();

	private int clicks;

	private Browser(WebDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	static Browser open(String baseUrl) {
		try {
			Path profile = Files.createTempDirectory("sojourn-chromium-");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
						"--window-size=1280,1400", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			return new Browser(new ChromeDriver(service, options), baseUrl, profile);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * From now on shows pages as a phone of this size does: a viewport of width × height CSS pixels (three device
	 * pixels each), laid out as a mobile browser lays pages out, where only a page's viewport meta tag keeps it from
	 * being laid out 980 pixels wide and shrunk.
	 */
	public Browser phone(int width, int height) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
		return this;
	}

	/**
	 * From now on the page's scripts run in this time zone, as on a laptop set to it (Chrome DevTools'
	 * Emulation.setTimezoneOverride, for this tab).
	 */
	public Browser timeZone(String zoneId) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
		return this;
	}

	/**
	 * From now on this browser has a passkey authenticator built in (Chrome's virtual authenticator, as a laptop's
	 * fingerprint reader): CTAP2, internal, keeping discoverable credentials, verifying its user at every use.
	 */
	public Browser withPasskeyAuthenticator() {
		((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true)
			.setIsUserConsenting(true));
		return this;
	}

	/** How many clicks {@link #click} has made so far. */
	public int clicks() {
		return clicks;
	}

	/** Runs a script in the page and answers what it returns (numbers as Long or Double, objects as Map). */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	public Browser visit(String path) {
		driver.get(path.startsWith("http") ? path : baseUrl + path);
		return shot();
	}

	public Browser signIn(String username, String password) {
		visit("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.cssSelector("button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"));
		return shot();
	}

	public WebElement find(By by) {
		return until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
	}

	/** Clicks an element after scrolling it to the middle of the window, clear of fixed headers and footers. */
	public void click(By by) {
		WebElement element = find(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
		clicks++;
		shot();
	}

	/** Sets an input's value directly, as date inputs take typed keys in the browser's locale format. */
	public void setValue(By by, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(by), value);
	}

	/** Fetches a URL with the page's own sign-in (cookies), as a download would, and returns the body as text. */
	public String fetchText(String url) {
		return (String) ((JavascriptExecutor) driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);",
				url);
	}

	/** Waits for the page to reach a state (the browser renders asynchronously), up to a fixed patience. */
	public <T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, PATIENCE).until(condition);
	}

	public String pageSource() {
		return driver.getPageSource();
	}

	public String currentUrl() {
		return driver.getCurrentUrl();
	}

	/**
	 * Keeps what the page shows, for a failure's report. A screenshot taken while the click's navigation replaces the
	 * page can be aborted by Chromium ("Not attached to an active page"): that picture is skipped, since a diagnostic
	 * must not fail the test it describes.
	 */
	public Browser shot() {
		if (driver instanceof ChromeDriver chrome) {
			try {
				screenshots.add(chrome.getScreenshotAs(OutputType.BYTES));
			}
			catch (WebDriverException navigatedMeanwhile) {
				// the next action's screenshot shows the page that replaced it
			}
		}
		return this;
	}

	void saveScreenshots(String testName) {
		shot();
		Path folder = Path.of("target", "browser-screenshots");
		try {
			Files.createDirectories(folder);
			for (int i = 0; i < screenshots.size(); i++) {
				Files.write(folder.resolve("%s-%02d.png".formatted(testName, i + 1)), screenshots.get(i));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ignored) {
			// A leftover temporary profile is harmless.
		}
	}

}
