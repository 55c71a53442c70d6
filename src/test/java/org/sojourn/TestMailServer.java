package org.sojourn;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;

/**
 * GreenMail, a real SMTP server in the test JVM, for the one shared application context: Sojourn's mail goes to it
 * (spring.mail.* in the test properties) and tests read what arrived, by recipient (each test mails unique addresses).
 */
@TestComponent
public class TestMailServer {

	private final GreenMail greenMail;

	TestMailServer(@Value("${spring.mail.port}") int port) {
		this.greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
	}

	/** The mail that arrived for one address, oldest first. */
	public List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(message -> {
				try {
					return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			})
			.toList();
	}

	/** The server goes down: SMTP connections are refused until {@link #start()}. */
	public void stop() {
		greenMail.stop();
	}

	public void start() {
		greenMail.start();
	}

	@jakarta.annotation.PreDestroy
	void shutDown() {
		greenMail.stop();
	}

}
