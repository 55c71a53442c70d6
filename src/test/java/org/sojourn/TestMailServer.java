package org.sojourn;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;

/**
 * GreenMail, a real SMTP server in the test JVM, for the one shared application context: Sojourn's mail goes to it
 * (spring.mail.* in the test properties) and tests read what arrived, by recipient (each test mails unique addresses).
 * Sojourn delivers mail off the committing thread, so reading first waits until every delivery handed to its
 * executor so far has finished ({@link MailDeliveriesInFlight}): what a test reads is all that was going to arrive.
 */
@TestComponent
public class TestMailServer {

	/** Far longer than a delivery to a local server takes; only a delivery that hangs reaches it. */
	private static final Duration DELIVERIES = Duration.ofSeconds(30);

	private final GreenMail greenMail;

	private final MailDeliveriesInFlight deliveries;

	TestMailServer(@Value("${spring.mail.port}") int port, MailDeliveriesInFlight deliveries) {
		this.deliveries = deliveries;
		this.greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
	}

	/** The mail that arrived for one address, oldest first. */
	public List<MimeMessage> receivedBy(String address) {
		awaitDeliveries();
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

	/**
	 * The server comes back, after every delivery tried while it was down has failed: mail asked for meanwhile then
	 * arrives only when resubmitted, as after a real outage.
	 */
	public void start() {
		awaitDeliveries();
		greenMail.start();
	}

	/** Waits until every mail delivery handed to Sojourn's executor so far has finished, sent or failed. */
	public void awaitDeliveries() {
		deliveries.awaitNone(DELIVERIES);
	}

	@jakarta.annotation.PreDestroy
	void shutDown() {
		greenMail.stop();
	}

}
