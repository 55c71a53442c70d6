package org.sojourn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sojourn.SessionFixtures;
import org.sojourn.SojournTest;
import org.sojourn.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * A document too large for even the servlet's multipart limit, chosen in a real browser: the browser shows the
 * client page with Sojourn's limit next to the file field, not a connection error or a bare status.
 */
@SojournTest
@ExtendWith(BrowserExtension.class)
class DocumentUploadBrowserTests {

	@Autowired
	SessionFixtures fixtures;

	@Value("${sojourn.documents.max-size}")
	DataSize maxSize;

	@Value("${spring.servlet.multipart.max-request-size}")
	DataSize maxRequestSize;

	@Test
	void aFileOverTheMultipartLimitIsRefusedOnTheClientPage(Browser browser) throws IOException {
		CurrentUser facilitator = fixtures.facilitator();
		UUID client = fixtures.client(facilitator);
		Path file = Files.createTempFile("scan-", ".pdf");
		try {
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] block = new byte[1024 * 1024];
				for (long written = 0; written <= maxRequestSize.toBytes(); written += block.length) {
					out.write(block);
				}
			}

			browser.signIn(facilitator.username(), SessionFixtures.PASSWORD).visit("/clients/" + client);
			browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.click(By.xpath("//main//button[normalize-space()='Upload']"));

			String error = browser.find(By.cssSelector("#documents .error")).getText();
			assertThat(error)
				.isEqualTo("This file is larger than " + maxSize.toMegabytes() + " MB, the most a document may be.");
			assertThat(browser.find(By.cssSelector("#documents .empty")).getText()).startsWith("No documents yet");
			browser.visit("/clients/" + client);
			assertThat(browser.pageSource()).contains("No documents yet").doesNotContain(file.getFileName().toString());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
