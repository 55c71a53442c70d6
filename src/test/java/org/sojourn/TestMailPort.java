package org.sojourn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context's mail server ({@link TestMailServer}) a free port of its own, so that test
 * runs side by side on one machine, and a second context in one run, never meet on a fixed one.
 */
class TestMailPort implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains("testMailPort")) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testMailPort", Map.of("spring.mail.port", freePort())));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException("No free port for the test mail server", e);
		}
	}

}
